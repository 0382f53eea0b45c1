import type { ArticleDoc, Entity, RegistryDoc } from '@shared/model'
import { BUNDLE_FORMAT_VERSION, BUNDLE_VERSION_LABEL, bagInfoTxt, bagitTxt, manifestTxt } from '@shared/formats/bagit'
import { AppFailure } from '@shared/ipc/result'
import { stableStringify } from '../../archive/stable-json'
import { ARTICLE_WRITERS, BAG_WRITERS, type FormatFile, type FormatId, type FormatInput } from './formats'
import { BagZipWriter } from './zip-write'

/** What an export writes, and the words it needs (translated by the caller, which has i18n). */
export interface ExportRequest {
  out: string
  formats: FormatId[]
  locale: string
  /** `Source-Organization`: who made the bag (the archive's name). */
  organization: string
  /** `Bag-Software-Agent`, e.g. "Scriptorium 0.1.0". */
  agent: string
  /** `External-Description`. */
  description: string
  /** data/README.txt, for a human. */
  readme: string
}

/** The `--json` summary of an export. */
export interface ExportSummary {
  out: string
  articles: number
  files: number
  bytes: number
}

export interface ExportControl {
  signal?: AbortSignal
  progress?: (done: number, total: number) => void
}

/** The base directory inside the zip (§4.2): the file's name without `.zip`, kept portable. */
export function bagRoot(out: string): string {
  const name = (out.split(/[\\/]/).pop() ?? 'bundle').replace(/\.zip$/i, '')
  return name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+/, '') || 'bundle'
}

/** Files of one article, each path once (brat's `<lang>.txt` is also the text format's). */
function articleFiles(input: FormatInput, formats: FormatId[]): FormatFile[] {
  const byPath = new Map<string, string>()
  for (const id of formats) {
    for (const file of ARTICLE_WRITERS[id]?.(input) ?? []) {
      const before = byPath.get(file.path)
      if (before !== undefined && before !== file.text) throw new AppFailure('bundle.pathClash', `Two formats write ${file.path} differently`, { file: file.path })
      byPath.set(file.path, file.text)
    }
  }
  return [...byPath].map(([path, text]) => ({ path, text }))
}

const linkedEntities = (doc: ArticleDoc, byId: ReadonlyMap<string, Entity>): Entity[] =>
  [...new Set(doc.annotations.map((a) => a.entity).filter((id): id is string => id !== null))].flatMap((id) => byId.get(id) ?? [])

/**
 * Writes the bag: per article its files under data/articles/<id>/, then the bag-level payload
 * (entities used, the schema, README, index.html) and the tag files. Articles arrive one by one
 * and are not kept (except for index.html, which needs them all), so memory stays flat.
 */
export async function writeBundle(request: ExportRequest, registry: RegistryDoc, total: number, docs: AsyncIterable<ArticleDoc>, control: ExportControl = {}): Promise<ExportSummary> {
  const writer = new BagZipWriter(request.out, bagRoot(request.out))
  try {
    const byId = new Map(registry.entities.map((e) => [e.id, e]))
    const used = new Map<string, Entity>()
    const bagWriters = request.formats.flatMap((id) => BAG_WRITERS[id] ?? [])
    const kept: FormatInput[] = []
    let done = 0
    for await (const doc of docs) {
      control.signal?.throwIfAborted()
      const entities = linkedEntities(doc, byId)
      for (const entity of entities) used.set(entity.id, entity)
      const input: FormatInput = { doc, entities, schema: registry.schema }
      for (const file of articleFiles(input, request.formats)) await writer.add(`data/articles/${doc.article.id}/${file.path}`, file.text)
      if (bagWriters.length > 0) kept.push(input)
      control.progress?.((done += 1), total)
    }
    const entities = [...used.values()].sort((a, b) => (a.id < b.id ? -1 : 1))
    await writer.add('data/entities.json', stableStringify({ schemaVersion: registry.schemaVersion, entities }))
    await writer.add('data/schema.json', stableStringify(registry.schema))
    await writer.add('data/README.txt', request.readme)
    for (const write of bagWriters) await writer.add('data/index.html', write(kept, request.locale))
    control.signal?.throwIfAborted()
    await writer.add('bagit.txt', bagitTxt())
    await writer.add(
      'bag-info.txt',
      bagInfoTxt([
        ['Source-Organization', request.organization],
        ['Bagging-Date', new Date().toISOString().slice(0, 10)],
        ['Payload-Oxum', writer.payload.oxum()],
        ['Bag-Software-Agent', request.agent],
        ['External-Description', request.description],
        [BUNDLE_VERSION_LABEL, String(BUNDLE_FORMAT_VERSION)]
      ])
    )
    await writer.add('manifest-sha256.txt', writer.payload.text())
    // The tag manifest lists the tag files written so far (every one but itself).
    await writer.add('tagmanifest-sha256.txt', manifestTxt(writer.tags))
    const fileCount = writer.payload.count + writer.tags.size
    const bytes = await writer.commit()
    return { out: request.out, articles: done, files: fileCount, bytes }
  } catch (error) {
    await writer.abort()
    throw error
  }
}
