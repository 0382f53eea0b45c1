import { mkdir, readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { AppFailure } from '@shared/ipc/result'
import type { ArticleDoc } from '@shared/model'
import { TrashedEntity, type TrashedArticleItem } from '@shared/model/trash'
import type { ArchiveFile, ArchiveMove } from './compound'
import { readShard, SHARD_NAME, shardFile } from './shard-store'
import { stableStringify } from './stable-json'

export const TRASH_DIR = 'trash'
/** Archive-relative paths, as a compound change names them. */
const livePath = (id: string): string => `articles/${id}.json`
const trashedPath = (id: string): string => `${TRASH_DIR}/articles/${id}.json`
const entityPath = (id: string): string => `${TRASH_DIR}/entities/${id}.json`

const exists = (file: string): Promise<boolean> => stat(file).then(() => true, () => false)

/**
 * The archive's `trash/` folder: deleted article shards, moved there intact
 * (`trash/articles/<id>.json`), and deleted entities with their unlinked mentions
 * (`trash/entities/<id>.json`). This class reads the trash and plans changes to it; the
 * changes themselves are files of a compound change (see Archive.compound), so a deletion
 * with all it unlinks lands whole or not at all.
 */
export class ArchiveTrash {
  readonly articlesDir: string
  readonly entitiesDir: string

  constructor(
    trashDir: string,
    /** Whether the catalog lists an article. */
    private readonly has: (id: string) => boolean
  ) {
    this.articlesDir = join(trashDir, 'articles')
    this.entitiesDir = join(trashDir, 'entities')
  }

  async createFolders(): Promise<void> {
    for (const dir of [this.articlesDir, this.entitiesDir]) await mkdir(dir, { recursive: true })
  }

  /** Whether a shard of this id is in the trash (a crash may leave the catalog listing it). */
  holdsArticle(id: string): Promise<boolean> {
    return exists(shardFile(this.articlesDir, id))
  }

  /**
   * The moves that take these articles to the trash or back; refuses an id that is not where
   * it should come from, or whose place is taken. `field` names the input that held the ids.
   */
  async moves(ids: readonly string[], to: 'trash' | 'articles', field = to === 'trash' ? 'ids' : 'articles'): Promise<ArchiveMove[]> {
    const moves: ArchiveMove[] = []
    for (const id of new Set(ids)) {
      const trashed = shardFile(this.articlesDir, id)
      if (to === 'trash') {
        if (!this.has(id)) throw new AppFailure('article.notFound', `No article with id ${id}`, { id }, field)
        if (await exists(trashed)) throw new AppFailure('trash.alreadyInTrash', `An article ${id} is in the trash already`, { id }, field)
        moves.push({ from: livePath(id), to: trashedPath(id) })
        continue
      }
      if (!(await exists(trashed))) throw new AppFailure('trash.notInTrash', `Article ${id} is not in the trash`, { id }, field)
      if (this.has(id)) throw new AppFailure('trash.restoreConflict', `An article with id ${id} is in the archive already`, { id }, field)
      if ((await this.article(id)) === null) throw new AppFailure('trash.damaged', `The trashed article ${id} cannot be read`, { id }, field)
      moves.push({ from: trashedPath(id), to: livePath(id) })
    }
    return moves
  }

  /** A deleted article as it was deleted, or null; read only (a shard in the trash is never rewritten). */
  async article(id: string): Promise<ArticleDoc | null> {
    const load = await readShard(shardFile(this.articlesDir, id), id).catch(() => null)
    return load?.status === 'ok' ? load.doc : null
  }

  /** The file that keeps a deleted entity. */
  entityFile(record: TrashedEntity): ArchiveFile {
    return { path: entityPath(record.entity.id), text: stableStringify(TrashedEntity.parse(record)) }
  }

  entityFilePath(id: string): string {
    return entityPath(id)
  }

  /** The deleted articles, newest deletion first; unreadable files are left out. */
  async articles(): Promise<TrashedArticleItem[]> {
    const items: TrashedArticleItem[] = []
    for (const name of await readdir(this.articlesDir).catch(() => [] as string[])) {
      const id = SHARD_NAME.exec(name)?.[1]
      if (!id) continue
      const doc = await this.article(id)
      if (!doc) continue
      const { title, date, source, language } = doc.article
      const deletedAt = (await stat(join(this.articlesDir, name))).mtime.toISOString()
      items.push({ id, title, date, source, language, annotationCount: doc.annotations.length, deletedAt })
    }
    return items.sort((a, b) => (a.deletedAt < b.deletedAt ? 1 : a.deletedAt > b.deletedAt ? -1 : a.id.localeCompare(b.id)))
  }

  /** How many files each part of the trash holds (what `check` reports). */
  async counts(): Promise<{ articles: number; entities: number }> {
    const count = async (dir: string) => (await readdir(dir).catch(() => [] as string[])).filter((n) => SHARD_NAME.test(n)).length
    return { articles: await count(this.articlesDir), entities: await count(this.entitiesDir) }
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
