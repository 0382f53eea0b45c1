import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { MemoryUnit } from '@shared/model'
import { writeFileDurable } from '../../archive/durable-write'
import { readRegularFile } from '../../archive/regular-file'

/** `index/memory.json`: derived from the shards, rebuilt whenever missing, damaged or stale. */
export const MEMORY_INDEX_FILE = 'memory.json'
const FORMAT = 1

/** One article's units and the stamp (mtime and size) of the shard they were read from. */
export interface IndexedArticleUnits {
  stamp: string
  units: MemoryUnit[]
}

const Entry = z.object({ stamp: z.string(), units: z.array(MemoryUnit) })
const Saved = z.object({ format: z.literal(FORMAT), articles: z.record(z.string(), z.unknown()) })

/**
 * The articles' units as last saved; an entry that does not read is left out (its article is
 * read again), and a file that does not read at all answers an empty map.
 */
export async function readMemoryIndex(indexDir: string): Promise<Map<string, IndexedArticleUnits>> {
  const entries = new Map<string, IndexedArticleUnits>()
  let saved: z.infer<typeof Saved>
  try {
    saved = Saved.parse(JSON.parse(await readRegularFile(join(indexDir, MEMORY_INDEX_FILE))))
  } catch {
    return entries
  }
  for (const [id, raw] of Object.entries(saved.articles)) {
    const entry = Entry.safeParse(raw)
    if (entry.success) entries.set(id, entry.data)
  }
  return entries
}

/** Written whole and atomically; plain JSON (not sorted), as it is derived and can be large. */
export async function writeMemoryIndex(indexDir: string, articles: ReadonlyMap<string, IndexedArticleUnits>): Promise<void> {
  await mkdir(indexDir, { recursive: true })
  await writeFileDurable(join(indexDir, MEMORY_INDEX_FILE), JSON.stringify({ format: FORMAT, articles: Object.fromEntries(articles) }))
}
