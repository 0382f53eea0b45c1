import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

const shared = { '@shared': resolve(__dirname, 'src/shared') }

export default defineConfig({
  main: {
    resolve: { alias: shared },
    build: {
      rollupOptions: {
        // cli.js serves the command line and browser mode without Electron; parse-worker.js
        // parses untrusted files off the main thread (services/import/parse-isolated.ts);
        // bundle-worker.js zips and unzips bundles (services/bundle/bundle-isolated.ts).
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          cli: resolve(__dirname, 'src/main/cli.ts'),
          'parse-worker': resolve(__dirname, 'src/main/services/import/parse-worker.ts'),
          'bundle-worker': resolve(__dirname, 'src/main/services/bundle/bundle-worker.ts'),
          // search-worker.js holds the search index off the main thread (services/search/).
          'search-worker': resolve(__dirname, 'src/main/services/search/search-worker.ts'),
          // memory-worker.js holds the translation memory's index and parses TMX (services/memory/).
          'memory-worker': resolve(__dirname, 'src/main/services/memory/memory-worker.ts')
        }
      }
    }
  },
  preload: {
    resolve: { alias: shared },
    build: {
      // A sandboxed preload must be CommonJS.
      rollupOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } }
    }
  },
  renderer: {
    resolve: { alias: { ...shared, '@renderer': resolve(__dirname, 'src/renderer/src') } },
    plugins: [react()],
    build: { minify: true }
  }
})
