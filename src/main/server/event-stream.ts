import type { IncomingMessage, ServerResponse } from 'node:http'
import type { ChangeFeed } from '../change-feed'

/** A comment line this often keeps idle proxies and the browser from dropping the stream. */
export const HEARTBEAT_MS = 20_000

/**
 * `GET /api/events`: the change feed as Server-Sent Events, one `data:` line of JSON per
 * change, until the tab goes away. The caller has checked origin and token already.
 */
export function streamChanges(req: IncomingMessage, res: ServerResponse, feed: ChangeFeed): void {
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    Connection: 'keep-alive'
  })
  res.write(': connected\n\n')
  const unsubscribe = feed.subscribe((event) => res.write(`data: ${JSON.stringify(event)}\n\n`))
  const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS)
  heartbeat.unref()
  const stop = () => {
    unsubscribe()
    clearInterval(heartbeat)
  }
  req.on('close', stop)
  res.on('error', stop)
}
