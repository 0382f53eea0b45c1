import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker, type ResourceLimits } from 'node:worker_threads'

/**
 * Starts the parse worker. Built, it is `parse-worker.js` beside the bundle (electron-vite's
 * `parse-worker` input; this code may sit in out/main or in a chunk folder below it). Run from
 * the TypeScript sources (Vitest, tsx), it is the same entry loaded through tsx, so tests
 * exercise the real worker and its limits rather than a stand-in.
 */
export function spawnParseWorker(resourceLimits: ResourceLimits): Worker {
  const here = dirname(fileURLToPath(import.meta.url))
  const built = [join(here, 'parse-worker.js'), join(here, '..', 'parse-worker.js')].find((file) => existsSync(file))
  if (built) return new Worker(built, { resourceLimits })
  const source = pathToFileURL(join(here, 'parse-worker.ts')).href
  const tsconfig = join(here, '..', '..', '..', '..', 'tsconfig.node.json')
  const boot = `import('tsx/esm/api').then(({ register }) => { register({ tsconfig: ${JSON.stringify(tsconfig)} }); return import(${JSON.stringify(source)}) })`
  return new Worker(boot, { eval: true, resourceLimits })
}
