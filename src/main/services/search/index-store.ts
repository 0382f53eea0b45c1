import { createReadStream } from 'node:fs'
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import type { SearchRecord } from '@shared/search'
import type { NamedEntity } from './entity-names'
import type { ExportedIndex } from './search-index'

/** Bumped when what is stored changes meaning: an older index is rebuilt, never misread. */
export const INDEX_FORMAT = 4
export const SEARCH_DIR = 'search'

/** What the index was built from: each shard's stamp (mtime and size) and the registry's names. */
export interface IndexManifest {
  format: number
  stamps: Record<string, string>
  entities: NamedEntity[]
}

export interface StoredIndex {
  manifest: IndexManifest
  records: SearchRecord[]
  exported: ExportedIndex
}

async function* lines(file: string): AsyncGenerator<string> {
  const reader = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })
  for await (const line of reader) if (line !== '') yield line
}

/**
 * Reads `index/search/`; null when it is absent, of another format or damaged (it is a cache:
 * the caller rebuilds it from the shards). Records and chunks are read line by line, so no
 * single string approaches V8's limit at 50,000 articles.
 */
export async function readStoredIndex(indexDir: string): Promise<StoredIndex | null> {
  const dir = join(indexDir, SEARCH_DIR)
  try {
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as IndexManifest
    if (manifest.format !== INDEX_FORMAT) return null
    const records: SearchRecord[] = []
    for await (const line of lines(join(dir, 'records.ndjson'))) records.push(JSON.parse(line) as SearchRecord)
    const chunks: Array<[string, string]> = []
    for await (const line of lines(join(dir, 'flex.ndjson'))) chunks.push(JSON.parse(line) as [string, string])
    const { numbers, next, dead, loose } = JSON.parse(await readFile(join(dir, 'numbers.json'), 'utf8')) as Omit<ExportedIndex, 'chunks'>
    return { manifest, records, exported: { chunks, numbers, next, dead, loose } }
  } catch {
    return null
  }
}

/**
 * Writes the index into a fresh folder and swaps it in by rename; the manifest goes last, so
 * a folder without one (a write killed midway) is never read as an index.
 */
export async function writeStoredIndex(indexDir: string, stored: StoredIndex): Promise<void> {
  const dir = join(indexDir, SEARCH_DIR)
  const next = join(indexDir, `${SEARCH_DIR}.next`)
  const old = join(indexDir, `${SEARCH_DIR}.old`)
  await rm(next, { recursive: true, force: true })
  await mkdir(next, { recursive: true })
  await writeFile(join(next, 'records.ndjson'), stored.records.map((r) => JSON.stringify(r)).join('\n') + '\n')
  await writeFile(join(next, 'flex.ndjson'), stored.exported.chunks.map((c) => JSON.stringify(c)).join('\n') + '\n')
  const { numbers, next: nextNumber, dead, loose } = stored.exported
  await writeFile(join(next, 'numbers.json'), JSON.stringify({ numbers, next: nextNumber, dead, loose }))
  await writeFile(join(next, 'manifest.json'), JSON.stringify(stored.manifest))
  await rm(old, { recursive: true, force: true })
  await rename(dir, old).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error
  })
  await rename(next, dir)
  await rm(old, { recursive: true, force: true })
}

/** Forgets the stored index (`check` rebuilds it). */
export async function removeStoredIndex(indexDir: string): Promise<void> {
  await rm(join(indexDir, SEARCH_DIR), { recursive: true, force: true })
}
