/**
 * Active editing time in a row editor: the time between one sign of work and the next
 * (focus, a keystroke, leaving), counted while the editor has focus. A pause longer than
 * `idleMs` counts as `idleMs` only — the translator stepped away or read something else.
 * Pure: the caller passes the clock, so it is tested without timers.
 */
export const IDLE_MS = 20_000

export interface EffortTimer {
  focus(now: number): void
  /** A keystroke (or any edit) at `now`. */
  input(now: number): void
  blur(now: number): void
  /** The active milliseconds so far, without resetting. */
  peek(now: number): number
  /** The active seconds so far (one decimal); resets the count, keeps the focus state. */
  take(now: number): number
}

export function createEffortTimer(idleMs = IDLE_MS): EffortTimer {
  let total = 0
  let last: number | null = null
  const tick = (now: number) => {
    if (last === null) return
    total += Math.min(Math.max(0, now - last), idleMs)
    last = now
  }
  return {
    focus(now) {
      if (last === null) last = now
    },
    input(now) {
      if (last === null) last = now
      else tick(now)
    },
    blur(now) {
      tick(now)
      last = null
    },
    peek(now) {
      return last === null ? total : total + Math.min(Math.max(0, now - last), idleMs)
    },
    take(now) {
      tick(now)
      const seconds = Math.round(total / 100) / 10
      total = 0
      return seconds
    }
  }
}
