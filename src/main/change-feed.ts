import type { ChangeEvent } from '@shared/ipc/change-events'

export type ChangeListener = (event: ChangeEvent) => void

/**
 * The one publisher of changes in main: services publish to it, the transports (IPC to every
 * window, Server-Sent Events to every browser tab) subscribe to it.
 */
export class ChangeFeed {
  private readonly listeners = new Set<ChangeListener>()

  subscribe(listener: ChangeListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  publish(event: ChangeEvent): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event)
      } catch {
        // A window or tab that went away must not keep the others from hearing of the change.
      }
    }
  }
}
