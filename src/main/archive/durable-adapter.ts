import { resolve } from 'node:path'
import type { Adapter } from 'lowdb'
import { writeFileDurable } from './durable-write'
import { KeyedQueue } from './keyed-queue'
import { readRegularFile } from './regular-file'
import { stableStringify } from './stable-json'

/** One queue for the whole process, so two adapters on the same file still write in turn. */
const fileQueue = new KeyedQueue()

/**
 * lowdb adapter whose writes are atomic and durable (see writeFileDurable) and serialised per
 * file; `write` resolves only once the data is on disk. `read` answers null for a missing file
 * and throws (SyntaxError) for one that is not JSON, NotRegularFileError for a pipe, socket or
 * device: the archive decides what that means.
 * The parsed value is not validated here; callers migrate and validate it.
 */
export class DurableAdapter<T> implements Adapter<T> {
  readonly file: string

  constructor(file: string) {
    this.file = resolve(file)
  }

  async read(): Promise<T | null> {
    let text: string
    try {
      text = await readRegularFile(this.file)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw error
    }
    return JSON.parse(text) as T
  }

  write(data: T): Promise<void> {
    // Stringify now, not when the queue reaches us: the caller may mutate `data` meanwhile.
    const text = stableStringify(data)
    return fileQueue.run(this.file, async () => void (await writeFileDurable(this.file, text)))
  }
}
