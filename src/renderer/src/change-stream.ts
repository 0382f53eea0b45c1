import { isChangeEvent, type ChangeEvent } from '@shared/ipc/change-events'

/**
 * A change event, or `resync`: the stream was broken and is back, so changes may have been
 * missed — every view reads what it shows again.
 */
export type FeedEvent = ChangeEvent | { type: 'resync' }
export type FeedListener = (event: FeedEvent) => void

const RETRY_FIRST_MS = 500
const RETRY_MAX_MS = 10_000

/** Each `data:` line of a Server-Sent Events block, parsed; anything else is skipped. */
export function parseEventBlock(block: string): unknown[] {
  const out: unknown[] = []
  for (const line of block.split('\n')) {
    if (!line.startsWith('data: ')) continue
    try {
      out.push(JSON.parse(line.slice(6)))
    } catch {
      // A line cut or garbled in transit: the next resync covers it.
    }
  }
  return out
}

/**
 * Browser mode: reads `GET /api/events` (Server-Sent Events) with the tab's token in the
 * Authorization header — EventSource cannot send headers, and the token must not travel in
 * a URL. Reconnects after a break, with a growing pause, and then announces a resync.
 */
export function openChangeStream(token: string, emit: FeedListener, onConnect: () => void = () => undefined): void {
  let retry = RETRY_FIRST_MS
  let connectedBefore = false
  const connect = async (): Promise<void> => {
    try {
      const response = await fetch('/api/events', { headers: { authorization: `Bearer ${token}` } })
      if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`)
      if (connectedBefore) emit({ type: 'resync' })
      else onConnect()
      connectedBefore = true
      retry = RETRY_FIRST_MS
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
      let buffer = ''
      for (;;) {
        const { value, done } = await reader.read()
        if (done) break
        buffer += value
        const blocks = buffer.split('\n\n')
        buffer = blocks.pop() ?? ''
        for (const block of blocks) for (const event of parseEventBlock(block)) if (isChangeEvent(event)) emit(event)
      }
    } catch {
      // The server stopped or the tab lost it: try again below.
    }
    setTimeout(() => void connect(), retry)
    retry = Math.min(retry * 2, RETRY_MAX_MS)
  }
  void connect()
}
