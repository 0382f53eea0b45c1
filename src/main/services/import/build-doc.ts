import { randomBytes } from 'node:crypto'
import { userInfo } from 'node:os'
import { detectLanguage } from '@shared/formats/language'
import { portableIds } from '@shared/formats/portable-ids'
import type { ParsedArticle } from '@shared/formats/parsed'
import { SCHEMA_VERSION, type ArticleDoc, type ImportFormat } from '@shared/model'
import type { DetectedEncoding } from './decode'

/** A new id: a prefix and 16 random hex digits. */
export const newId = (prefix: 'a' | 'v' | 'n' | 'r'): string => `${prefix}_${randomBytes(8).toString('hex')}`

export function defaultActor(): string {
  try {
    return userInfo().username || 'scriptorium'
  } catch {
    // No passwd entry (some containers): userInfo throws.
    return 'scriptorium'
  }
}

/** Cuts a string to `max` code points, marking the cut; only metadata is ever cut, never text. */
function clamp(value: string, max: number): string {
  const points = [...value]
  return points.length <= max ? value : points.slice(0, max - 1).join('') + '…'
}

export interface BuildInput {
  parsed: ParsedArticle
  fileName: string
  fileSha256: string
  format: Exclude<ImportFormat, 'sample'>
  encoding: DetectedEncoding
  actor: string
  at: Date
}

type Carried = NonNullable<ParsedArticle['carried']>

/**
 * What our JSON carried, with ids fit to keep: carried ids are kept (annotations and relations
 * point at them) unless missing, repeated, reserved on Windows or differing from another only
 * in case (see portable-ids.ts); references to a replaced id follow it.
 */
function portableCarried(carried: Carried): Pick<ArticleDoc, 'versions' | 'annotations' | 'relations' | 'alignments'> {
  const versionIds = portableIds(carried.versions.map((v) => v.id), () => newId('v'))
  const annotationIds = portableIds(carried.annotations.map((a) => a.id), () => newId('n'))
  const relationIds = portableIds(carried.relations.map((r) => r.id), () => newId('r'))
  const follow = (renamed: Map<string, string>, id: string): string => renamed.get(id) ?? id
  return {
    versions: carried.versions.map((v, i) => ({ ...v, id: versionIds.ids[i]!, lang: v.lang ?? detectLanguage(v.text) })),
    annotations: carried.annotations.map((a, i) => ({
      ...a,
      id: annotationIds.ids[i]!,
      target: { ...a.target, source: follow(versionIds.renamed, a.target.source) }
    })),
    relations: carried.relations.map((r, i) => ({
      ...r,
      id: relationIds.ids[i]!,
      from: follow(annotationIds.renamed, r.from),
      to: follow(annotationIds.renamed, r.to)
    })),
    alignments: (carried.alignments ?? []).map((a) => ({
      ...a,
      source: a.source === null ? null : follow(versionIds.renamed, a.source),
      target: follow(versionIds.renamed, a.target)
    }))
  }
}

/** The stored document for a newly imported article: new id, provenance, one history event. */
export function buildArticleDoc(input: BuildInput): ArticleDoc {
  const { parsed, fileName, format, encoding } = input
  const at = input.at.toISOString()
  const detected = detectLanguage(parsed.text)
  const language = parsed.language ?? detected
  const carried = parsed.carried
    ? portableCarried(parsed.carried)
    : { versions: [{ id: newId('v'), lang: detected, role: 'original' as const, origin: 'unknown' as const, text: parsed.text }], annotations: [], relations: [], alignments: [] }
  return {
    schemaVersion: SCHEMA_VERSION,
    article: {
      id: newId('a'),
      title: clamp(parsed.title.replace(/\s+/g, ' ').trim() || fileName, 2000),
      date: parsed.date,
      source: clamp(parsed.source.trim(), 500),
      ...(parsed.url && parsed.url.length <= 4096 ? { url: parsed.url } : {}),
      language,
      tags: parsed.tags ?? [],
      importedAt: at,
      origin: { fileName: clamp(fileName, 1024), sha256: input.fileSha256, format, encoding }
    },
    ...carried,
    history: [
      ...(parsed.carried?.history ?? []),
      { at, actor: input.actor, action: 'import', detail: { file: fileName, format, encoding } }
    ]
  }
}
