/**
 * The translation operations, called by name. They join the contract when the model branch
 * is merged; until then this is the one file that knows they are not in `Api` yet, so the
 * switch to `api.addTranslation(…)` and friends happens here only.
 */
import type { ArticleChange } from '@shared/ipc/annotation-contract'
import type { Result } from '@shared/ipc/result'
import { api } from '../../api'
import type { AddTranslationInput, AddTranslationResult, PostEditInput, QaFinding, SegmentsView } from './types'

type Call = (input: unknown) => Promise<Result<unknown>>

function call<T>(name: string, input: unknown): Promise<Result<T>> {
  const fn = (api as unknown as Record<string, Call | undefined>)[name]
  if (typeof fn !== 'function') return Promise.resolve({ ok: false, error: { code: 'internal', message: `Unknown operation ${name}` } })
  return fn(input) as Promise<Result<T>>
}

type Write = { articleId: string; revision?: number; lang: string }

export const translateApi = {
  addTranslation: (input: AddTranslationInput) => call<AddTranslationResult>('addTranslation', input),
  markMachineTranslation: (input: { articleId: string; revision?: number; engine?: string }) => call<ArticleChange>('markMachineTranslation', input),
  getSegments: (input: { articleId: string; lang: string }) => call<SegmentsView>('getSegments', input),
  postEdit: (input: PostEditInput) => call<ArticleChange>('postEdit', input),
  splitSegment: (input: Write & { rowId: string; side: 'source' | 'target'; at: number }) => call<ArticleChange>('splitSegment', input),
  mergeSegments: (input: Write & { rowId: string }) => call<ArticleChange>('mergeSegments', input),
  runQa: (input: { articleId: string; lang: string }) => call<{ findings: QaFinding[] }>('runQa', input),
  ignoreQaFinding: (input: Write & { rowId: string; check: string; ignored: boolean }) => call<ArticleChange>('ignoreQaFinding', input)
}
