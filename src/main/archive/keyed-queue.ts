/**
 * Runs tasks one after another per key (a file path, an article id), concurrently across
 * keys. A failed task does not block the ones queued behind it.
 */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>()

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve()
    const result = previous.then(task, task)
    const tail = result.catch(() => undefined)
    this.tails.set(key, tail)
    // Forget the key once its queue drains so the map does not grow with every id ever seen.
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key)
    })
    return result
  }

  /**
   * Runs `task` holding several keys at once. Keys are taken one by one in sorted order, so
   * two such tasks never wait on each other in a cycle.
   */
  runAll<T>(keys: string[], task: () => Promise<T>): Promise<T> {
    const sorted = [...new Set(keys)].sort()
    const hold = (i: number): Promise<T> => (i === sorted.length ? task() : this.run(sorted[i]!, () => hold(i + 1)))
    return hold(0)
  }

  /** Resolves once every task queued so far has settled. */
  async idle(): Promise<void> {
    while (this.tails.size > 0) await Promise.all([...this.tails.values()])
  }
}
