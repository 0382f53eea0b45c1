import { randomBytes } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { ImportFailure } from '@shared/formats/failure'
import { detectLanguage } from '@shared/formats/language'
import type { AppError } from '@shared/ipc/result'
import { memoryTokens, similarity } from '@shared/translation/memory'
import { call, type Dispatch } from '../dispatch'
import type { Translate } from '../i18n'
import { readChecked } from '../services/import/import-file'
import { archiveJson, EXIT, type CliIo, type Command, type ParsedValues } from './command'
import { printFileFailure } from './file-failure'
import { withSession } from './open'
import { printFailure, table } from './output'
import { wholeNumber } from './whole-number'
import { writeErrorReason } from './write-error'

const str = (v: ParsedValues[string]): string | undefined => (typeof v === 'string' ? v : undefined)

function usage(io: CliIo, t: Translate, key: string, params?: Record<string, string>): number {
  io.err(t(`cli:${key}`, params))
  io.err(`${t('cli:help.usage')}: scriptorium ${tmCommand.usage}`)
  return EXIT.usage
}

/** One line of `tm search --json`: `article` is null for a unit imported from TMX. */
interface SearchHit {
  source: string
  target: string
  score: number
  article: string | null
}

/**
 * What `tm search` finds: the fuzzy matches of TEXT (70 % and above) and the units holding it
 * (concordance, source or target side), each scored against TEXT on the side it was found on,
 * best first.
 */
async function search(dispatch: Dispatch, text: string, limit: number): Promise<{ ok: true; hits: SearchHit[] } | { ok: false; error: AppError }> {
  const detected = detectLanguage(text)
  const lang = detected === 'und' ? 'en' : detected
  const matches = await call(dispatch, 'memoryMatches', { text, sourceLang: lang, limit })
  if (!matches.ok) return matches
  const found = new Map<string, SearchHit>()
  const key = (u: { source: string; target: string; articleId: string | null }) => `${u.articleId}\u0000${u.source}\u0000${u.target}`
  for (const m of matches.value) found.set(key(m), { source: m.source, target: m.target, score: m.score, article: m.articleId })
  const tokens = memoryTokens(text, lang)
  for (const side of ['source', 'target'] as const) {
    const hits = await call(dispatch, 'memoryConcordance', { text: text.slice(0, 500), side, limit: 500 })
    if (!hits.ok) return hits
    for (const hit of hits.value.hits) {
      if (found.has(key(hit))) continue
      const against = side === 'source' ? memoryTokens(hit.source, hit.sourceLang) : memoryTokens(hit.target, hit.targetLang)
      found.set(key(hit), { source: hit.source, target: hit.target, score: similarity(tokens, against), article: hit.articleId })
    }
  }
  const hits = [...found.values()].sort((a, b) => b.score - a.score || a.source.localeCompare(b.source)).slice(0, limit)
  return { ok: true, hits }
}

/** A `tm import` Ctrl+C stopped: with `--json` the error on stdout as for a refused file, and a plain line on stderr. */
function interrupted(io: CliIo, t: Translate, file: string, error: AppError, json: boolean): number {
  if (json) io.out(JSON.stringify({ file, error: { code: error.code, message: error.message, params: error.params ?? {} } }, null, 2))
  io.err(t('cli:tm.interrupted', { file }))
  return EXIT.someFailed
}

/** `scriptorium tm export|import|search`: the translation memory on the command line. */
export const tmCommand: Command = {
  name: 'tm',
  summary: 'tm.summary',
  usage: 'tm (export --out F.tmx [--article ID] | import F.tmx | search TEXT [--limit N]) [--archive DIR] [--json]',
  options: { out: { type: 'string' }, article: { type: 'string' }, limit: { type: 'string' }, ...archiveJson.options },
  optionHelp: { out: 'tm.option.out', article: 'tm.option.article', limit: 'tm.option.limit', ...archiveJson.optionHelp },
  minPositionals: 1,
  maxPositionals: 2,
  run: async (values, [sub, arg], io, t) => {
    if (sub === 'export') {
      const out = str(values.out)
      if (!out) return usage(io, t, 'tm.needOut')
      if (arg !== undefined) return usage(io, t, 'error.extraArgument')
      const article = str(values.article)
      return withSession(values, io, t, async ({ dispatch }) => {
        const result = await call(dispatch, 'exportTmx', article === undefined ? {} : { articleId: article })
        if (!result.ok) return printFailure(io, result.error)
        const file = resolve(out)
        try {
          await writeFile(file, result.value.text)
        } catch (error) {
          io.err(t('cli:tm.notWritten', { file, reason: writeErrorReason(error, t) }))
          return EXIT.someFailed
        }
        if (values.json) io.out(JSON.stringify({ out: file, units: result.value.units }, null, 2))
        else io.out(t('cli:tm.exported', { count: result.value.units, file }))
        return EXIT.ok
      }, { readOnly: true })
    }
    if (sub === 'import') {
      if (arg === undefined) return usage(io, t, 'tm.needFile')
      let bytes: Uint8Array
      try {
        bytes = await readChecked(resolve(arg))
      } catch (error) {
        if (!(error instanceof ImportFailure)) throw error
        io.err(t('cli:tm.unreadable', { file: arg, reason: t(`errors:${error.code}`, error.params) }))
        return EXIT.someFailed
      }
      return withSession(values, io, t, async ({ dispatch }) => {
        // Ctrl+C or SIGTERM cancels the import: unless its write had begun, nothing of the file is stored.
        const importId = randomBytes(8).toString('hex')
        void io.interrupted.then(() => call(dispatch, 'cancelTmxImport', { importId }))
        const result = await call(dispatch, 'importTmx', { name: arg, data: Buffer.from(bytes).toString('base64'), importId })
        if (!result.ok && result.error.code === 'memory.importCancelled') return interrupted(io, t, arg, result.error, values.json === true)
        if (!result.ok) return printFileFailure(io, t, arg, result.error, values.json === true)
        const { added, unchanged, skipped } = result.value
        if (values.json) io.out(JSON.stringify({ file: arg, added, unchanged, skipped }, null, 2))
        else io.out(t('cli:tm.imported', { file: arg, added, unchanged, skipped }))
        return EXIT.ok
      })
    }
    if (sub === 'search') {
      if (arg === undefined || arg.trim() === '') return usage(io, t, 'tm.needText')
      const limit = wholeNumber(values.limit, 20, 1, 100)
      if (limit === null) return usage(io, t, 'tm.badLimit', { value: String(values.limit) })
      return withSession(values, io, t, async ({ dispatch }) => {
        const result = await search(dispatch, arg, limit)
        if (!result.ok) return printFailure(io, result.error)
        if (values.json) {
          io.out(JSON.stringify(result.hits, null, 2))
          return EXIT.ok
        }
        if (result.hits.length === 0) {
          io.out(t('cli:tm.noHits', { text: arg }))
          return EXIT.ok
        }
        const header = ['score', 'article', 'source', 'target'].map((k) => t(`cli:tm.column.${k}`))
        const rows = result.hits.map((h) => [`${Math.round(h.score * 100)}%`, h.article ?? t('cli:tm.tmxUnit'), h.source, h.target])
        for (const line of table([header, ...rows])) io.out(line)
        return EXIT.ok
      }, { readOnly: true })
    }
    return usage(io, t, sub === undefined ? 'tm.needSub' : 'tm.unknownSub', { value: sub ?? '' })
  }
}
