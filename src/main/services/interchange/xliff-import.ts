import type { ArticleCommand } from '@shared/annotation'
import { ImportFailure } from '@shared/formats/failure'
import { planXliffImport, readXliff21, XliffRefused, type XliffRead } from '@shared/formats/xliff'
import { XmlRefused } from '@shared/formats/xml/safe-xml'
import type { XliffImportResult } from '@shared/ipc/interchange-contract'
import { AppFailure } from '@shared/ipc/result'
import type { AnnotationSession } from '../annotation/session'
import type { Part } from '../annotation/parts'
import { articleScope } from '../annotation/undo-stacks'
import { decodeBytes } from '../import/decode'

/** The file's text and what it holds, or the translated reason it cannot be read. */
export function readXliffBytes(bytes: Uint8Array): XliffRead {
  try {
    return readXliff21(decodeBytes(bytes).text)
  } catch (error) {
    if (error instanceof XmlRefused) throw new AppFailure(error.code, error.message, error.params, 'file')
    if (error instanceof XliffRefused) throw new AppFailure(error.code, error.message, error.params, 'file')
    if (error instanceof ImportFailure) throw new AppFailure(error.code, error.message, error.params, 'file')
    throw error
  }
}

interface ImportRequest {
  bytes: Uint8Array
  /** The article the user is in, when imported from its editor. */
  articleId?: string
  revision?: number
}

/**
 * Imports an XLIFF 2 file a CAT tool edited into the article it names: each changed unit is a
 * post-edit (so history, undo, HTER and the kept MT all follow), all of them one undo step
 * written as one compound change. Unknown units and units whose source changed are reported,
 * never applied; a file that is not for this article's translation changes nothing.
 */
export async function importXliff(session: AnnotationSession, request: ImportRequest): Promise<XliffImportResult> {
  const read = readXliffBytes(request.bytes)
  const id = read.articleId
  if (request.articleId !== undefined && request.articleId !== id) {
    throw new AppFailure('xliff.otherArticle', `This file is for another article ("${id}")`, { id }, 'file')
  }
  if (!session.archive.has(id)) throw new AppFailure('xliff.unknownArticle', `No article "${id}" in this archive`, { id }, 'file')
  return session.exclusive(async () => {
    await session.assertRevision(id, request.revision)
    const plan = planXliffImport(await session.archive.read(id), read)
    const report = { id, lang: plan.lang, updated: plan.edits.map((e) => e.rowId), unchanged: plan.unchanged, unknown: plan.unknown, sourceChanged: plan.sourceChanged }
    if (plan.edits.length === 0) return { ...report, change: null }
    const parts: Part[] = plan.edits.map((input) => ({ scope: 'article', articleId: id, command: { kind: 'postEdit', input } satisfies ArticleCommand }))
    const applied = await session.change(articleScope(id), parts, 'translation.xliffImport')
    return { ...report, change: await session.articleChange(applied, id) }
  })
}
