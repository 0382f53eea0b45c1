import { writeTmx } from '@shared/formats/tmx'
import type { ConcordanceHitView, MemoryMatchView, memoryOperations, MemoryUnitView, TmxExport, TmxImportResult } from '@shared/ipc/memory-contract'
import { AppFailure } from '@shared/ipc/result'
import type { MemoryUnit } from '@shared/model'
import type { z } from 'zod'
import type { Archive } from '../../archive/archive'
import type { ImportSwitch } from './import-switch'
import type { ImportProgress } from './memory-core'
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
    // The segment itself is never its own match.
    ...(articleId !== undefined && rowId !== undefined ? { excludeRow: { articleId, rowId } } : {})
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

/**
 * Reads a TMX file's units into the memory, parsed and indexed in the memory worker. A file
 * that is not well-formed, declares a DOCTYPE or entities (XXE, billion laughs) or is not TMX
 * is refused before anything is stored: nothing is read from disk on its behalf, and
 * memory/imported.json is untouched.
 */
export async function importTmx(memory: TranslationMemory, name: string, bytes: Uint8Array, progress?: ImportProgress, stop?: ImportSwitch): Promise<TmxImportResult> {
  const reason = memory.archive.readOnly
  if (reason) throw new AppFailure('archive.readOnly', `Archive ${memory.archive.dir} is open read-only`, { dir: memory.archive.dir, reason: reason.code })
  return memory.importTmx(name, bytes, progress, stop)
}
