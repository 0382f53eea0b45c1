import { isChangeEvent } from '@shared/ipc/change-events'
import { openChangeStream, type FeedEvent, type FeedListener } from './change-stream'

const CHANNEL = 'scriptorium.changes'
const LEADER_LOCK = 'scriptorium.change-stream'

const isFeedEvent = (value: unknown): value is FeedEvent =>
  isChangeEvent(value) || (typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'resync')

/**
 * One event stream for all the tabs of this browser on this server: a browser keeps at most
 * six HTTP/1.1 connections to one host, and a stream per tab would leave none for requests
 * past the fifth tab. The tab holding a Web Lock reads the stream and passes every event to
 * the others over a BroadcastChannel; when it closes, another tab takes the lock over and,
 * because events may have passed meanwhile, every tab reads what it shows again.
 */
export function openSharedChangeStream(token: string, emit: FeedListener): void {
  if (typeof BroadcastChannel === 'undefined' || !navigator.locks) return openChangeStream(token, emit)
  const channel = new BroadcastChannel(CHANNEL)
  channel.onmessage = (message: MessageEvent) => {
    if (isFeedEvent(message.data)) emit(message.data)
  }
  const share = (event: FeedEvent) => {
    emit(event)
    channel.postMessage(event)
  }
  // Held until this tab goes away: the promise never settles.
  const lead = (takeover: boolean) =>
    new Promise<never>(() => openChangeStream(token, share, () => takeover && share({ type: 'resync' })))
  // First try without waiting: a tab that gets the lock at once is the first one (nothing missed).
  void navigator.locks.request(LEADER_LOCK, { ifAvailable: true }, (lock) => {
    if (lock) return lead(false)
    void navigator.locks.request(LEADER_LOCK, () => lead(true))
    return undefined
  })
}
