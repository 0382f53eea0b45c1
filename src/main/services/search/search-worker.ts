import { readFile } from 'node:fs/promises'
import { parentPort } from 'node:worker_threads'
import { countTags } from '@shared/batch/tag-counts'
import { archivePaths } from '../../archive/layout'
import { EntityNameTable, type NamedEntity } from './entity-names'
import { INDEX_FORMAT, readStoredIndex, writeStoredIndex } from './index-store'
import { concordanceFromIndex } from './concordance-from-index'
import type { OpenOutcome, WorkerMessage, WorkerRequest } from './protocol'
import { RecordTable } from './record-table'
import { SearchIndex } from './search-index'
import { readRecord, shardStamps } from './shard-records'

/**
 * The search worker: owns the index of one archive, reads shards and the registry itself, and
 * answers queries, so neither building nor querying ever blocks the main process.
 */

/** Changes are stored this long after the last one (and on flush): a crash loses nothing, the next open re-reads changed shards. */
const PERSIST_DELAY_MS = 10_000
const PROGRESS_EVERY = 250

const index = new SearchIndex()
const records = new RecordTable()
let stamps = new Map<string, string>()
let entities: NamedEntity[] = []
let paths = archivePaths('.')
let readOnly = true
let dirty = false
let persistTimer: NodeJS.Timeout | undefined

const post = (message: WorkerMessage) => parentPort?.postMessage(message)

async function readEntities(): Promise<NamedEntity[]> {
  try {
    const registry = JSON.parse(await readFile(paths.registry, 'utf8')) as { entities?: NamedEntity[] }
    return (registry.entities ?? []).filter((e) => typeof e?.id === 'string' && typeof e.name === 'string')
  } catch {
    return entities
  }
}

async function refresh(ids: Iterable<string>, progress = false): Promise<number> {
  const list = [...ids]
  let done = 0
  for (const id of list) {
    const read = await readRecord(paths.articles, id)
    if (read) {
      index.put(read.record)
      records.put(read.record)
      stamps.set(id, read.stamp)
    } else {
      index.remove(id)
      records.remove(id)
      stamps.delete(id)
    }
    done++
    if (progress && done % PROGRESS_EVERY === 0) post({ type: 'progress', done, total: list.length })
  }
  if (list.length > 0) changed()
  return list.length
}

function changed(): void {
  dirty = true
  if (readOnly || persistTimer) return
  persistTimer = setTimeout(() => void persist(), PERSIST_DELAY_MS)
}

async function persist(): Promise<void> {
  if (persistTimer) clearTimeout(persistTimer)
  persistTimer = undefined
  if (!dirty || readOnly) return
  dirty = false
  const exported = await index.exportIndex()
  const manifest = { format: INDEX_FORMAT, stamps: Object.fromEntries(stamps), entities }
  await writeStoredIndex(paths.index, { manifest, records: index.records(), exported }).catch(() => {
    dirty = true
  })
}

async function open(request: Extract<WorkerRequest, { op: 'open' }>): Promise<OpenOutcome> {
  paths = archivePaths(request.dir)
  readOnly = request.readOnly
  const stored = request.rebuild ? null : await readStoredIndex(paths.index)
  if (stored) {
    index.setEntities(new EntityNameTable(stored.manifest.entities))
    index.importIndex(stored.exported, stored.records)
    records.fill(index.records())
    stamps = new Map(Object.entries(stored.manifest.stamps))
  }
  entities = await readEntities()
  const before = index.size
  const table = new EntityNameTable(entities)
  if (!stored || table.changedSince(new EntityNameTable(stored.manifest.entities)).size > 0) changed()
  index.setEntities(table)
  const current = await shardStamps(paths.articles)
  const stale = [...current].filter(([id, stamp]) => stamps.get(id) !== stamp).map(([id]) => id)
  const gone = [...stamps.keys()].filter((id) => !current.has(id))
  if (stale.length > 0 || !stored) post({ type: 'progress', done: 0, total: stale.length })
  const indexed = await refresh([...stale, ...gone], true)
  if (index.needsCompaction) {
    index.compact()
    changed()
  }
  post({ type: 'progress', done: stale.length, total: stale.length })
  if (!stored || indexed > before / 10) await persist()
  return { articles: index.size, indexed, rebuilt: !stored }
}

async function handle(request: WorkerRequest): Promise<unknown> {
  switch (request.op) {
    case 'open':
      return open(request)
    case 'refresh':
      return refresh(request.ids)
    case 'registry':
      entities = await readEntities()
      index.setEntities(new EntityNameTable(entities))
      changed()
      return null
    case 'query':
      return index.query(request.query, { limit: request.limit, facets: request.facets, ids: request.ids })
    case 'concordance':
      return concordanceFromIndex(index, records, request.query, request.needle, request.limit)
    case 'tagCounts':
      return countTags([...records.values()].map((record) => record.tags))
    case 'flush':
      return persist()
  }
}

// One request at a time, in the order sent: a query sent after a refresh sees its result.
let queue: Promise<unknown> = Promise.resolve()
parentPort?.on('message', ({ seq, request }: { seq: number; request: WorkerRequest }) => {
  queue = queue.then(async () => {
    try {
      post({ type: 'reply', seq, ok: true, value: await handle(request) })
    } catch (error) {
      post({ type: 'reply', seq, ok: false, message: (error as Error)?.message ?? String(error) })
    }
  })
})
