import { parseArticleJson } from '@shared/formats/article-json'
import { checkComplexity } from '@shared/formats/complexity'
import { ImportFailure } from '@shared/formats/failure'
import { parseMarkdown } from '@shared/formats/markdown'
import { parseNewsText } from '@shared/formats/news-text'
import type { ParsedArticle } from '@shared/formats/parsed'
import { IMPORT_MAX_BYTES } from '@shared/model/defaults'
import { decodeBytes, type DetectedEncoding } from './decode'
import { parseHtml } from './html'

const MB = 1024 * 1024
/** The most characters an imported article's text may have: as many as a file may have bytes. */
export const MAX_TEXT_CHARS = IMPORT_MAX_BYTES

export type InputFormat = 'txt' | 'md' | 'html' | 'json'

export interface ParsedInput {
  format: InputFormat
  encoding: DetectedEncoding
  parsed: ParsedArticle
}

const BY_EXTENSION: Record<string, InputFormat> = {
  txt: 'txt', text: 'txt', md: 'md', markdown: 'md', html: 'html', htm: 'html', json: 'json'
}

const PARSERS: Record<InputFormat, (text: string) => ParsedArticle> = {
  txt: parseNewsText,
  md: parseMarkdown,
  html: parseHtml,
  json: parseArticleJson
}

/** The format a file name says it holds, or null for an extension we do not import. */
export function formatOf(fileName: string): InputFormat | null {
  const base = fileName.split(/[\\/]/).pop() ?? ''
  const dot = base.lastIndexOf('.')
  if (dot <= 0) return null
  return BY_EXTENSION[base.slice(dot + 1).toLowerCase()] ?? null
}

/**
 * Bytes and their file name → the article they hold. Throws ImportFailure for an unsupported
 * extension, an empty, binary or wrongly encoded file, content its format cannot read, or
 * content shaped to make a parser explode (see complexity.ts). Untrusted bytes go through
 * parseIsolated, which runs this in a worker with time and memory limits.
 */
export function parseInput(fileName: string, bytes: Uint8Array): ParsedInput {
  const format = formatOf(fileName)
  if (!format) {
    const base = fileName.split(/[\\/]/).pop() ?? fileName
    const dot = base.lastIndexOf('.')
    throw new ImportFailure('import.unsupportedType', { extension: dot > 0 ? base.slice(dot) : base })
  }
  const { text, encoding } = decodeBytes(bytes)
  if (text.trim().length === 0) throw new ImportFailure('import.empty')
  checkComplexity(format, text)
  const parsed = PARSERS[format](text)
  if (parsed.text.trim().length === 0) throw new ImportFailure('import.empty')
  // Expansion (Markdown references, entities) must not make an article larger than a file may be.
  if (parsed.text.length > MAX_TEXT_CHARS) {
    throw new ImportFailure('import.textTooLarge', { size: (parsed.text.length / MB).toFixed(1), limit: MAX_TEXT_CHARS / MB })
  }
  return { format, encoding, parsed }
}
