import { parentPort } from 'node:worker_threads'
import { MemoryCore } from './memory-core'
import type { MemoryRequest, MemoryWorkerMessage } from './memory-protocol'
import { answer } from './memory-requests'

/**
 * The memory worker (bundled as out/main/memory-worker.js): holds the translation memory's
 * fuzzy index and imported units, parses TMX files and answers lookups, so neither building
 * the index nor parsing a 100,000-unit TMX ever stalls the main process.
 */
const core = new MemoryCore()
const post = (message: MemoryWorkerMessage): void => parentPort?.postMessage(message)

// One request at a time, in the order sent: a lookup sent after a change sees it.
let queue: Promise<unknown> = Promise.resolve()
parentPort?.on('message', ({ seq, request }: { seq: number; request: MemoryRequest }) => {
  queue = queue.then(async () => {
    const answered = await answer(core, request, (stage, done, total) => post({ type: 'progress', seq, stage, done, total }))
    post({ type: 'reply', seq, ...answered })
  })
})
