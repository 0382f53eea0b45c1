import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'

/**
 * Starts the search worker: built, `search-worker.js` beside the bundle (electron-vite's
 * `search-worker` input); from the TypeScript sources (Vitest, tsx), the same entry through
 * tsx, as the import's parse worker does (services/import/worker-entry.ts).
 */
export function spawnSearchWorker(): Worker {
  const here = dirname(fileURLToPath(import.meta.url))
  const built = [join(here, 'search-worker.js'), join(here, '..', 'search-worker.js')].find((file) => existsSync(file))
  if (built) return new Worker(built)
  const source = pathToFileURL(join(here, 'search-worker.ts')).href
  const tsconfig = join(here, '..', '..', '..', '..', 'tsconfig.node.json')
  const boot = `import('tsx/esm/api').then(({ register }) => { register({ tsconfig: ${JSON.stringify(tsconfig)} }); return import(${JSON.stringify(source)}) })`
  return new Worker(boot, { eval: true })
}
