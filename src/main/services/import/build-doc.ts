import { randomBytes } from 'node:crypto'
import { userInfo } from 'node:os'
import { detectLanguage } from '@shared/formats/language'
import type { ParsedArticle } from '@shared/formats/parsed'
import { SCHEMA_VERSION, type ArticleDoc, type TextVersion } from '@shared/model'
import type { DetectedEncoding } from './decode'
import type { InputFormat } from './parse-input'

/** A new id: a prefix and 16 random hex digits. */
export const newId = (prefix: 'a' | 'v'): string => `${prefix}_${randomBytes(8).toString('hex')}`

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
  format: InputFormat
  encoding: DetectedEncoding
  actor: string
  at: Date
}

function versionsOf(parsed: ParsedArticle, lang: string): TextVersion[] {
  if (!parsed.carried) return [{ id: newId('v'), lang, role: 'original', origin: 'unknown', text: parsed.text }]
  const seen = new Set<string>()
  return parsed.carried.versions.map((v) => {
    // Carried ids are kept (annotations point at them) unless missing or repeated.
    const id = v.id !== undefined && !seen.has(v.id) ? v.id : newId('v')
    seen.add(id)
    return { ...v, id, lang: v.lang ?? detectLanguage(v.text) }
  })
}

/** The stored document for a newly imported article: new id, provenance, one history event. */
export function buildArticleDoc(input: BuildInput): ArticleDoc {
  const { parsed, fileName, format, encoding } = input
  const at = input.at.toISOString()
  const detected = detectLanguage(parsed.text)
  const language = parsed.language ?? detected
  const versions = versionsOf(parsed, detected)
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
    versions,
    annotations: parsed.carried?.annotations ?? [],
    relations: parsed.carried?.relations ?? [],
    history: [
      ...(parsed.carried?.history ?? []),
      { at, actor: input.actor, action: 'import', detail: { file: fileName, format, encoding } }
    ]
  }
}
