import { createHash } from 'node:crypto'
import { open, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { ImportFailure } from '@shared/formats/failure'
import { ArticleDoc, IMPORT_MAX_BYTES, type ImportOutcome } from '@shared/model'
import { buildArticleDoc, defaultActor } from './build-doc'
import { displayName, displayPath, type FsPath } from './fs-path'
import { failedFrom, fromSystemError } from './outcome'
import { parseIsolated } from './parse-isolated'
import { serialised } from './serialised'
import { annotatedFormatOf, annSibling, txtSibling } from './annotated/annotated-format'
import { importAnnotatedContent } from './annotated/import-annotated-content'
import type { ImportDeps } from './types'

const mb = (bytes: number): string => (bytes / (1024 * 1024)).toFixed(1)
const tooLarge = (size: number): ImportFailure =>
  new ImportFailure('import.tooLarge', { size: mb(size), limit: mb(IMPORT_MAX_BYTES) })

/**
 * Reads a file after checking, without reading it, that it is a regular file (never blocking
 * on a FIFO), not empty and within IMPORT_MAX_BYTES. It reads at most one byte past the limit,
 * so a file that grows between the check and the read is refused too.
 */
export async function readChecked(path: FsPath): Promise<Uint8Array> {
  const info = await stat(path).catch((error: unknown) => Promise.reject(fromSystemError(error)))
  if (!info.isFile()) throw new ImportFailure('import.notAFile')
  if (info.size > IMPORT_MAX_BYTES) throw tooLarge(info.size)
  if (info.size === 0) throw new ImportFailure('import.empty')
  const handle = await open(path, 'r').catch((error: unknown) => Promise.reject(fromSystemError(error)))
  try {
    const buffer = Buffer.alloc(Math.min(info.size + 1, IMPORT_MAX_BYTES + 1))
    let length = 0
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length)
      if (bytesRead === 0) break
      length += bytesRead
    }
    if (length > IMPORT_MAX_BYTES) throw tooLarge(length)
    if (length === 0) throw new ImportFailure('import.empty')
    return buffer.subarray(0, length)
  } catch (error) {
    throw error instanceof ImportFailure ? error : fromSystemError(error)
  } finally {
    await handle.close()
  }
}

async function importContent(file: string, fileName: string, bytes: Uint8Array, deps: ImportDeps, ann?: Uint8Array): Promise<ImportOutcome> {
  if (ann !== undefined || annotatedFormatOf(fileName) !== null) return importAnnotatedContent(file, fileName, bytes, ann, deps)
  let encoding: string | undefined
  let doc: ArticleDoc
  try {
    if (bytes.length === 0) throw new ImportFailure('import.empty')
    if (bytes.length > IMPORT_MAX_BYTES) throw tooLarge(bytes.length)
    const input = await (deps.parse ?? parseIsolated)(fileName, bytes)
    encoding = input.encoding
    doc = buildArticleDoc({
      ...input,
      fileName,
      fileSha256: createHash('sha256').update(bytes).digest('hex'),
      actor: deps.actor ?? defaultActor(),
      at: deps.now?.() ?? new Date()
    })
    // The archive validates too; checking here names the offending field of our own JSON.
    const valid = ArticleDoc.safeParse(doc)
    if (!valid.success) {
      const issue = valid.error.issues[0]
      throw new ImportFailure(input.format === 'json' ? 'import.invalidJson' : 'import.unexpected', {
        detail: issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'
      })
    }
  } catch (error) {
    return failedFrom(file, error, 'import.unexpected', deps.t, encoding)
  }
  const { title } = doc.article
  const hash = deps.hash(doc.versions[0]!.text)
  return serialised(deps.target, async (): Promise<ImportOutcome> => {
    const existing = deps.target.findByTextHash(hash)
    if (existing !== undefined) return { file, status: 'duplicate', id: existing, title, encoding }
    try {
      await deps.target.create(doc)
    } catch (error) {
      return failedFrom(file, error, 'import.writeFailed', deps.t, encoding)
    }
    return { file, status: 'imported', id: doc.article.id, title, encoding }
  })
}

/**
 * Imports one file. The outcome is returned once the article is durable (`create` resolved);
 * every problem becomes a failed outcome, never an exception.
 */
export async function importFile(path: FsPath, deps: ImportDeps): Promise<ImportOutcome> {
  const name = displayName(path)
  let pair: { txt: Uint8Array; ann: Uint8Array } | undefined
  let bytes: Uint8Array
  try {
    pair = await bratPair(path, name)
    bytes = pair?.txt ?? (await readChecked(path))
  } catch (error) {
    return failedFrom(displayPath(path), error, 'import.unreadable', deps.t)
  }
  return importContent(displayPath(path), pair ? txtSibling(name) : name, bytes, deps, pair?.ann)
}

/**
 * A brat pair, named by either file: `news.txt` with `news.ann` beside it, or `news.ann`
 * (whose `news.txt` must be there). Undefined for any other file.
 */
async function bratPair(path: FsPath, name: string): Promise<{ txt: Uint8Array; ann: Uint8Array } | undefined> {
  if (typeof path !== 'string') return undefined
  const ann = annSibling(name)
  if (ann !== null) {
    const annPath = path.slice(0, path.length - name.length) + ann
    const annBytes = await readChecked(annPath).catch(() => undefined)
    return annBytes === undefined ? undefined : { txt: await readChecked(path), ann: annBytes }
  }
  if (annotatedFormatOf(name) !== 'brat') return undefined
  const txtPath = path.slice(0, path.length - name.length) + txtSibling(name)
  const txt = await readChecked(txtPath).catch((error: unknown) => {
    throw error instanceof ImportFailure && error.code === 'import.notFound' ? new ImportFailure('import.bratTextMissing', { file: txtSibling(name) }) : error
  })
  return { txt, ann: await readChecked(path) }
}

/** Imports content sent by the renderer (drag and drop, file chooser): its file name and bytes. */
export function importBytes(name: string, bytes: Uint8Array, deps: ImportDeps, ann?: Uint8Array): Promise<ImportOutcome> {
  const fileName = basename(name.replace(/\\/g, '/'))
  return importContent(name, fileName || name, bytes, deps, ann)
}
