import { parentPort } from 'node:worker_threads'
import { MAX_NESTING } from '@shared/formats/complexity'
import { ImportFailure } from '@shared/formats/failure'
import type { ParseReply, ParseRequest } from './parse-isolated'
import { parseInput } from './parse-input'

/**
 * The worker that parses untrusted files (bundled as out/main/parse-worker.js). It answers
 * one request at a time; the main thread stops it when it runs too long, and V8 stops it when
 * it needs more memory than its resourceLimits allow, so a hostile file can cost neither the
 * process nor the rest of the batch.
 */
parentPort?.on('message', ({ fileName, bytes }: ParseRequest) => {
  let reply: ParseReply
  try {
    reply = { ok: true, value: parseInput(fileName, bytes) }
  } catch (error) {
    if (error instanceof ImportFailure) reply = { ok: false, code: error.code, params: error.params }
    // A stack overflow in a parser is a file nested too deep for it, not a bug of ours.
    else if (error instanceof RangeError) reply = { ok: false, code: 'import.tooComplex', params: { depth: `${MAX_NESTING}+`, limit: MAX_NESTING } }
    else reply = { ok: false, code: 'import.unexpected', params: { detail: error instanceof Error ? error.message : String(error) } }
  }
  parentPort?.postMessage(reply)
})
