import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker, type ResourceLimits } from 'node:worker_threads'

/**
 * Starts one of our workers. Built, it is `<name>.js` beside the bundle (an electron-vite
 * input; the caller may sit in out/main or in a chunk folder below it). Run from the
 * TypeScript sources (Vitest, tsx), it is `sourceFile` loaded through tsx, so tests exercise
 * the real worker and its limits rather than a stand-in. `callerUrl` is the caller's
 * `import.meta.url`; `sourceFile` is relative to the caller's folder.
 */
export function spawnWorker(callerUrl: string, name: string, sourceFile: string, resourceLimits: ResourceLimits): Worker {
  const here = dirname(fileURLToPath(callerUrl))
  const built = [join(here, `${name}.js`), join(here, '..', `${name}.js`)].find((file) => existsSync(file))
  if (built) return new Worker(built, { resourceLimits })
  const source = pathToFileURL(join(here, sourceFile)).href
  const tsconfig = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'tsconfig.node.json')
  const boot = `import('tsx/esm/api').then(({ register }) => { register({ tsconfig: ${JSON.stringify(tsconfig)} }); return import(${JSON.stringify(source)}) })`
  return new Worker(boot, { eval: true, resourceLimits })
}
