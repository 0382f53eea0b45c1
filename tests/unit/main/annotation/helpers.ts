import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import type { ArticleChange, UndoResult } from '@shared/ipc/annotation-contract'
import { applyDelta } from '@shared/ipc/article-delta'
import type { ArticleView, OperationInput, OperationName, OperationOutput } from '@shared/ipc/contract'
import type { AppError } from '@shared/ipc/result'
import { AppContext } from '../../../../src/main/app-context'
import { call, createDispatcher, type Dispatch } from '../../../../src/main/dispatch'
import { createHandlers } from '../../../../src/main/handlers'
import { createTranslator } from '../../../../src/main/i18n'
import { SettingsStore } from '../../../../src/main/settings-store'
import { LIANHE, SONGMEI } from '../../../fixtures/news'

const made: string[] = []

export async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix))
  made.push(dir)
  return dir
}

export async function removeTempDirs(): Promise<void> {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
}

/** A change with the article as the renderer sees it after applying the change's delta. */
type Followed = ArticleChange & { view: ArticleView }
export type Viewed<T> = T extends ArticleChange ? T & Followed : T extends UndoResult ? Omit<T, 'change'> & { change: Followed | null } : T

export interface TestApp {
  home: string
  archiveDir: string
  ctx: AppContext
  dispatch: Dispatch
  /**
   * Calls an operation. An article change also gets `view`: the article read before the
   * call with the answered delta applied, as the renderer does — checked to equal the
   * article read afterwards, so every test of a change also tests its delta.
   */
  ok<K extends OperationName>(name: K, input: OperationInput<K>): Promise<Viewed<OperationOutput<K>>>
  err<K extends OperationName>(name: K, input: OperationInput<K>): Promise<AppError>
  close(): Promise<void>
}

/** A new archive (with the sample articles) in a temp home, and a dispatcher over it. */
export async function openApp(language: 'en' | 'zh-CN' = 'en'): Promise<TestApp> {
  const home = await tempDir('scriptorium-annotation-')
  process.env.SCRIPTORIUM_HOME = home
  const archiveDir = join(home, 'archive')
  const t = createTranslator(language)
  const ctx = await AppContext.start({ archiveDir, settings: await SettingsStore.open(home), t, mode: 'browser' })
  const dispatch = createDispatcher(createHandlers(ctx), t)
  return {
    home,
    archiveDir,
    ctx,
    dispatch,
    async ok(name, input) {
      const articleId = (input as { articleId?: unknown }).articleId
      const before = typeof articleId === 'string' ? await call(dispatch, 'getArticle', { id: articleId }) : null
      const result = await call(dispatch, name, input)
      if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`)
      const value = result.value as Partial<ArticleChange & UndoResult>
      const change = value.delta ? (value as ArticleChange) : value.change
      if (!change || !before?.ok) return result.value as Viewed<OperationOutput<typeof name>>
      const after = await call(dispatch, 'getArticle', { id: articleId as string })
      const view = applyDelta(before.value, change.delta)
      if (!view || !after.ok || !isDeepStrictEqual(view, after.value)) {
        throw new Error(`${name}: the delta applied to the article before does not give the article after`)
      }
      const followed = { ...change, view }
      return (value.delta ? followed : { ...value, change: followed }) as Viewed<OperationOutput<typeof name>>
    },
    async err(name, input) {
      const result = await call(dispatch, name, input)
      if (result.ok) throw new Error(`${name} succeeded where it should fail`)
      return result.error
    },
    close: () => ctx.close()
  }
}

/** Imports the two English news fixtures and gives their ids: [Songmei, Lianhe]. */
export async function importNews(app: TestApp): Promise<[string, string]> {
  const outcomes = await app.ok('importFiles', { paths: [SONGMEI.file, LIANHE.file] })
  const ids = outcomes.map((o) => o.id)
  if (outcomes.some((o) => o.status !== 'imported')) throw new Error(JSON.stringify(outcomes))
  return [ids[0]!, ids[1]!]
}

/** Code-point range of the `n`-th (0-based) occurrence of `needle` in `text`. */
export function rangeOf(text: string, needle: string, n = 0): { start: number; end: number } {
  let at = -1
  for (let i = 0; i <= n; i++) {
    at = text.indexOf(needle, at + 1)
    if (at === -1) throw new Error(`"${needle}" #${n} not in text`)
  }
  const start = [...text.slice(0, at)].length
  return { start, end: start + [...needle].length }
}
