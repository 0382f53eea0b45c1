import { mkdir, readdir, readFile, rename, stat, unlink, utimes } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { AppFailure } from '@shared/ipc/result'
import type { ArticleDoc } from '@shared/model'
import { TrashedEntity, type TrashedArticleItem } from '@shared/model/trash'
import { fsyncDir, writeFileDurable } from './durable-write'
import type { KeyedQueue } from './keyed-queue'
import { loadShard, SHARD_NAME, shardFile } from './shard-store'
import { stableStringify } from './stable-json'

/** One shard's move between articles/ and trash/articles/. */
export interface ShardMove {
  id: string
  from: string
  to: string
}

/**
 * Which shards move where, as data: a journal can record a plan before `apply` runs it, and
 * run it again after a crash (a move already done is skipped).
 */
export interface TrashPlan {
  to: 'trash' | 'articles'
  moves: ShardMove[]
}

/** What the trash needs from the archive it belongs to. */
export interface TrashHooks {
  queue: KeyedQueue
  has(id: string): boolean
  /** A shard left articles/: drop it from the catalog. */
  removed(id: string): void
  /** A shard came back to articles/: list it again. */
  restored(doc: ArticleDoc): void
}

const exists = (file: string): Promise<boolean> => stat(file).then(() => true, () => false)

/**
 * The archive's `trash/` folder: deleted article shards, moved there intact
 * (`trash/articles/<id>.json`), and deleted entities with their unlinked mentions
 * (`trash/entities/<id>.json`). A shard is moved before the catalog forgets it, and the
 * catalog is rebuilt from articles/ alone on open, so a crash in between never shows an
 * article that is in the trash.
 */
export class ArchiveTrash {
  readonly articlesDir: string
  readonly entitiesDir: string

  constructor(
    private readonly liveDir: string,
    trashDir: string,
    private readonly hooks: TrashHooks
  ) {
    this.articlesDir = join(trashDir, 'articles')
    this.entitiesDir = join(trashDir, 'entities')
  }

  async createFolders(): Promise<void> {
    for (const dir of [this.articlesDir, this.entitiesDir]) await mkdir(dir, { recursive: true })
  }

  /** The moves for these ids; refuses an id that is not where it should come from. */
  async plan(ids: readonly string[], to: TrashPlan['to']): Promise<TrashPlan> {
    const moves: ShardMove[] = []
    for (const id of new Set(ids)) {
      const live = shardFile(this.liveDir, id)
      const trashed = shardFile(this.articlesDir, id)
      if (to === 'trash') {
        if (!this.hooks.has(id)) throw new AppFailure('article.notFound', `No article with id ${id}`, { id }, 'ids')
        moves.push({ id, from: live, to: trashed })
        continue
      }
      if (!(await exists(trashed))) throw new AppFailure('trash.notInTrash', `Article ${id} is not in the trash`, { id }, 'ids')
      if (this.hooks.has(id) || (await exists(live))) {
        throw new AppFailure('trash.restoreConflict', `An article with id ${id} is in the archive already`, { id }, 'ids')
      }
      const load = await loadShard(trashed, id)
      if (load.status !== 'ok') throw new AppFailure('trash.damaged', `The trashed article ${id} cannot be read`, { id }, 'ids')
      moves.push({ id, from: trashed, to: live })
    }
    return { to, moves }
  }

  /** Runs a plan: each shard is renamed durably, then the catalog follows. */
  async apply(plan: TrashPlan): Promise<void> {
    for (const move of plan.moves) {
      await this.hooks.queue.run(move.id, async () => {
        if (await exists(move.from)) {
          await rename(move.from, move.to)
          await fsyncDir(dirname(move.to))
          await fsyncDir(dirname(move.from))
        }
        if (plan.to === 'trash') {
          // The file's time says when it was deleted (a rename keeps the old one).
          const now = new Date()
          await utimes(move.to, now, now).catch(() => undefined)
          this.hooks.removed(move.id)
          return
        }
        const load = await loadShard(move.to, move.id)
        if (load.status === 'ok') this.hooks.restored(load.doc)
      })
    }
  }

  /** The deleted articles, newest deletion first; unreadable files are left out. */
  async articles(): Promise<TrashedArticleItem[]> {
    const items: TrashedArticleItem[] = []
    for (const name of await readdir(this.articlesDir).catch(() => [] as string[])) {
      const id = SHARD_NAME.exec(name)?.[1]
      if (!id) continue
      const file = join(this.articlesDir, name)
      const load = await loadShard(file, id).catch(() => null)
      if (load?.status !== 'ok') continue
      const { title, date, source, language } = load.doc.article
      const deletedAt = (await stat(file)).mtime.toISOString()
      items.push({ id, title, date, source, language, annotationCount: load.doc.annotations.length, deletedAt })
    }
    return items.sort((a, b) => (a.deletedAt < b.deletedAt ? 1 : a.deletedAt > b.deletedAt ? -1 : a.id.localeCompare(b.id)))
  }

  /** How many files each part of the trash holds (what `check` reports). */
  async counts(): Promise<{ articles: number; entities: number }> {
    const count = async (dir: string) => (await readdir(dir).catch(() => [] as string[])).filter((n) => SHARD_NAME.test(n)).length
    return { articles: await count(this.articlesDir), entities: await count(this.entitiesDir) }
  }

  async putEntity(record: TrashedEntity): Promise<void> {
    await writeFileDurable(shardFile(this.entitiesDir, record.entity.id), stableStringify(TrashedEntity.parse(record)))
  }

  async entity(id: string): Promise<TrashedEntity | null> {
    const text = await readFile(shardFile(this.entitiesDir, id), 'utf8').catch(() => null)
    if (text === null) return null
    try {
      const parsed = TrashedEntity.safeParse(JSON.parse(text))
      return parsed.success ? parsed.data : null
    } catch {
      return null
    }
  }

  async removeEntity(id: string): Promise<void> {
    await unlink(shardFile(this.entitiesDir, id)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error
    })
    await fsyncDir(this.entitiesDir)
  }

  /** The deleted entities, newest deletion first; unreadable files are left out. */
  async entities(): Promise<TrashedEntity[]> {
    const records: TrashedEntity[] = []
    for (const name of await readdir(this.entitiesDir).catch(() => [] as string[])) {
      const id = SHARD_NAME.exec(name)?.[1]
      const record = id ? await this.entity(id) : null
      if (record) records.push(record)
    }
    return records.sort((a, b) => (a.deletedAt < b.deletedAt ? 1 : a.deletedAt > b.deletedAt ? -1 : a.entity.id.localeCompare(b.entity.id)))
  }
}
