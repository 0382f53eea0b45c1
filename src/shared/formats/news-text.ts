import { normaliseDate } from './dates'
import { ImportFailure } from './failure'
import { normaliseNewlines, stripBom, trimBlankLines } from './paragraphs'
import type { ParsedArticle } from './parsed'

type HeaderField = 'date' | 'source' | 'url'

/** Header names of the news layout, English and Chinese, with either colon. */
const HEADER = /^\s*(date|published|source|url|link|日期|发布日期|时间|发布时间|来源|出处|网址|链接|原文链接)\s*[:：]\s*(.*?)\s*$/iu
const FIELD: Record<string, HeaderField> = {
  date: 'date', published: 'date', 日期: 'date', 发布日期: 'date', 时间: 'date', 发布时间: 'date',
  source: 'source', 来源: 'source', 出处: 'source',
  url: 'url', link: 'url', 网址: 'url', 链接: 'url', 原文链接: 'url'
}

/** A heading is one short line; a longer first line is the first paragraph (and still the title). */
const MAX_TITLE = 300

function readHeader(line: string): { field: HeaderField; value: string } | null {
  const m = HEADER.exec(line)
  if (!m) return null
  const field = FIELD[m[1]!.toLowerCase()]
  const value = m[2]!
  if (!field || value.length === 0) return null
  // A date line whose date cannot be read stays in the text, so that no word is lost.
  if (field === 'date' && normaliseDate(value) === null) return null
  return { field, value }
}

/**
 * Plain text, or the news layout archivists import (see tests/fixtures/news):
 *
 *     Title line
 *
 *     Date: 2024-04-12        (or 日期：, Published:, 发布时间：…)
 *     Source: Songmei Daily Network   (or 来源：)
 *     URL: https://…          (optional, or 网址：/链接：)
 *
 *     Body paragraphs…
 *
 * Headers are recognised only right after the title line. Without headers the first line is
 * still the title, whole: a short line followed by more text is a heading and leaves the
 * body; a longer one is the first paragraph and stays in the body too, so no word is lost.
 * Line endings become "\n"; the body is otherwise untouched.
 */
export function parseNewsText(input: string): ParsedArticle {
  const text = trimBlankLines(normaliseNewlines(stripBom(input)))
  if (text.trim().length === 0) throw new ImportFailure('import.empty')
  const lines = text.split('\n')
  const title = lines[0]!.trim()
  const fields: Partial<Record<HeaderField, string>> = {}
  let i = 1
  let bodyStart = 1
  for (; i < lines.length; i++) {
    const line = lines[i]!
    if (line.trim() === '') continue
    const header = readHeader(line)
    if (!header || fields[header.field] !== undefined) break
    fields[header.field] = header.value
    bodyStart = i + 1
  }
  const hasHeaders = Object.keys(fields).length > 0
  const rest = trimBlankLines(lines.slice(bodyStart).join('\n'))
  const titled = hasHeaders || ([...title].length <= MAX_TITLE && rest.trim().length > 0)
  return {
    title,
    date: fields.date === undefined ? null : normaliseDate(fields.date),
    source: fields.source ?? '',
    ...(fields.url === undefined ? {} : { url: fields.url }),
    text: titled ? rest : text
  }
}
