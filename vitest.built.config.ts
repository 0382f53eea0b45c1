import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

/**
 * Tests of the BUILT preload and main process (needs `electron-vite build` first). They stand
 * in for the Electron binary, which is absent where the tests run.
 */
export default defineConfig({
  resolve: { alias: { '@shared': fileURLToPath(new URL('./src/shared', import.meta.url)) } },
  test: {
    include: ['tests/built/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000
  }
})
