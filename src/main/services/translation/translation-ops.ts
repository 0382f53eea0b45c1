import type { ArticleCommand } from '@shared/annotation'
import type { ArticleChange } from '@shared/ipc/annotation-contract'
import type { AddTranslationResult, translationOperations } from '@shared/ipc/translation-contract'
import type { z } from 'zod'
import type { AnnotationSession } from '../annotation/session'
import { articleScope } from '../annotation/undo-stacks'

/** The validated input of a translation operation. */
export type TrIn<K extends keyof typeof translationOperations> = z.output<(typeof translationOperations)[K]>

/** One command on one article, recorded in that article's undo scope; also answers the command's value. */
async function single<V>(session: AnnotationSession, articleId: string, revision: number | undefined, command: ArticleCommand): Promise<{ change: ArticleChange; value: V }> {
  return session.exclusive(async () => {
    await session.assertRevision(articleId, revision)
    const applied = await session.change(articleScope(articleId), [{ scope: 'article', articleId, command }])
    return { change: await session.articleChange(applied, articleId), value: applied.outcomes[0]?.value as V }
  })
}

const change = async (run: Promise<{ change: ArticleChange }>): Promise<ArticleChange> => (await run).change

/** Line endings as the importer stores them: "\n". */
const normalise = (text: string): string => text.replace(/\r\n?/g, '\n')

export async function addTranslation(s: AnnotationSession, { articleId, revision, ...input }: TrIn<'addTranslation'>): Promise<AddTranslationResult> {
  const done = await single<{ versionId: string; segments: number }>(s, articleId, revision, { kind: 'addTranslation', input: { ...input, text: normalise(input.text) } })
  return { ...done.change, ...done.value }
}

export const markMachineTranslation = (s: AnnotationSession, { articleId, revision, ...input }: TrIn<'markMachineTranslation'>) =>
  change(single(s, articleId, revision, { kind: 'markMachineTranslation', input }))

export const postEdit = (s: AnnotationSession, { articleId, revision, ...input }: TrIn<'postEdit'>) =>
  change(single(s, articleId, revision, { kind: 'postEdit', input: input.text === undefined ? input : { ...input, text: normalise(input.text) } }))

export const splitSegment = (s: AnnotationSession, { articleId, revision, ...input }: TrIn<'splitSegment'>) =>
  change(single(s, articleId, revision, { kind: 'splitSegment', input }))

export const mergeSegments = (s: AnnotationSession, { articleId, revision, ...input }: TrIn<'mergeSegments'>) =>
  change(single(s, articleId, revision, { kind: 'mergeSegments', input }))

export const moveBoundary = (s: AnnotationSession, { articleId, revision, ...input }: TrIn<'moveBoundary'>) =>
  change(single(s, articleId, revision, { kind: 'moveBoundary', input }))

export const ignoreQaFinding = (s: AnnotationSession, { articleId, revision, ...input }: TrIn<'ignoreQaFinding'>) =>
  change(single(s, articleId, revision, { kind: 'ignoreQaFinding', input }))
