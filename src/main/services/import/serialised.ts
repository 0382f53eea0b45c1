import type { ImportTarget } from './types'

/**
 * Duplicate check and create run one at a time per target, so two inputs with the same text
 * arriving together (a drop of several files) cannot both pass the check.
 */
const queues = new WeakMap<ImportTarget, Promise<unknown>>()
export function serialised<T>(target: ImportTarget, task: () => Promise<T>): Promise<T> {
  const run = (queues.get(target) ?? Promise.resolve()).then(task, task)
  queues.set(target, run.catch(() => undefined))
  return run
}
