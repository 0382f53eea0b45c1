import type { ResourceLimits, Worker } from 'node:worker_threads'
import { spawnWorker } from '../spawn-worker'

/** Starts the parse worker (`parse-worker.js` built, `parse-worker.ts` from the sources). */
export function spawnParseWorker(resourceLimits: ResourceLimits): Worker {
  return spawnWorker(import.meta.url, 'parse-worker', 'parse-worker.ts', resourceLimits)
}
