import { createHash } from 'node:crypto'
import { readTmx, TmxRefused, writeTmx } from '@shared/formats/tmx'
import { XmlRefused } from '@shared/formats/xml/safe-xml'
import { ImportFailure } from '@shared/formats/failure'
import type { ConcordanceHitView, MemoryMatchView, memoryOperations, MemoryUnitView, TmxExport, TmxImportResult } from '@shared/ipc/memory-contract'
import { AppFailure } from '@shared/ipc/result'
import type { MemoryUnit } from '@shared/model'
import type { z } from 'zod'
import type { Archive } from '../../archive/archive'
import { decodeBytes } from '../import/decode'
import type { TranslationMemory } from './translation-memory'

type In<K extends keyof typeof memoryOperations> = z.output<(typeof memoryOperations)[K]>

const VERSION = process.env.npm_package_version ?? '0.1.0'

/** Title of each article, to name where a unit came from. */
function titles(archive: Archive): (id: string | null) => string | null {
  const byId = new Map(archive.list().map((s) => [s.id, s.title]))
  return (id) => (id === null ? null : (byId.get(id) ?? null))
}

function view(unit: MemoryUnit, title: (id: string | null) => string | null): MemoryUnitView {
  const { source, target, sourceLang, targetLang, articleId, status, updatedAt } = unit
  return { source, target, sourceLang, targetLang, articleId, articleTitle: title(articleId), status, updatedAt }
}

export async function memoryMatches(memory: TranslationMemory, input: In<'memoryMatches'>): Promise<MemoryMatchView[]> {
  const { articleId, rowId } = input
  const matches = await memory.match({
    text: input.text,
    sourceLang: input.sourceLang,
    ...(input.targetLang === undefined ? {} : { targetLang: input.targetLang }),
    limit: input.limit ?? 3,
    exclude: (unit) => unit.articleId === articleId && unit.rowId === rowId && rowId !== undefined
  })
  const title = titles(memory.archive)
  return matches.map(({ unit, score, diff }) => ({ ...view(unit, title), score, diff }))
}

export async function memoryConcordance(memory: TranslationMemory, input: In<'memoryConcordance'>): Promise<{ hits: ConcordanceHitView[] }> {
  const hits = await memory.concordance(input.text, input.side, input.limit ?? 50)
  const title = titles(memory.archive)
  return { hits: hits.map(({ unit, side, ranges }) => ({ ...view(unit, title), side, ranges })) }
}

export async function exportTmx(memory: TranslationMemory, input: In<'exportTmx'>, adminLang: string): Promise<TmxExport> {
  const { articleId } = input
  if (articleId !== undefined && !memory.archive.has(articleId)) {
    throw new AppFailure('article.notFound', `No article ${articleId}`, { id: articleId }, 'articleId')
  }
  const units = await memory.units(articleId)
  const text = writeTmx(units, { creationTool: 'Scriptorium', creationToolVersion: VERSION, adminLang })
  return { fileName: `${articleId ?? 'translation-memory'}.tmx`, text, units: units.length }
}

/** An imported unit's id: the same pair imported twice is one unit. */
const importedId = (u: { source: string; target: string; sourceLang: string; targetLang: string }): string =>
  'tmx/' + createHash('sha256').update(JSON.stringify([u.sourceLang.toLowerCase(), u.targetLang.toLowerCase(), u.source, u.target])).digest('hex').slice(0, 24)

/**
 * Reads a TMX file's units into the memory. A file that is not well-formed, declares a
 * DOCTYPE or entities (XXE, billion laughs) or is not TMX is refused before anything is
 * stored: nothing is read from disk on its behalf, and memory/imported.json is untouched.
 */
export async function importTmx(memory: TranslationMemory, name: string, bytes: Uint8Array): Promise<TmxImportResult> {
  const reason = memory.archive.readOnly
  if (reason) throw new AppFailure('archive.readOnly', `Archive ${memory.archive.dir} is open read-only`, { dir: memory.archive.dir, reason: reason.code })
  let read
  try {
    read = readTmx(decodeBytes(bytes).text)
  } catch (error) {
    if (error instanceof XmlRefused) throw new AppFailure(error.code, `${name}: ${error.message}`, { detail: error.detail, file: name })
    if (error instanceof TmxRefused) throw new AppFailure(error.code, `${name} is not a TMX file`, { detail: error.detail, file: name })
    if (error instanceof ImportFailure) throw new AppFailure(error.code, `${name}: ${error.message}`, { ...error.params, file: name })
    throw error
  }
  const now = new Date().toISOString()
  const units: MemoryUnit[] = read.units.map((u) => ({
    id: importedId(u),
    source: u.source,
    target: u.target,
    sourceLang: u.sourceLang,
    targetLang: u.targetLang,
    articleId: null,
    rowId: null,
    status: 'translated',
    updatedAt: u.changedAt ?? now
  }))
  const { added, unchanged } = await memory.addImported(units)
  return { added, unchanged, skipped: read.skipped }
}
