import { createHash } from 'node:crypto'
import { ImportFailure } from '@shared/formats/failure'
import type { ImportOutcome } from '@shared/model'
import { failedFrom } from '../outcome'
import { serialised } from '../serialised'
import type { ImportDeps } from '../types'
import { annotatedFormatOf } from './annotated-format'
import { annotatedDocs, storeAnnotated } from './import-annotated'
import { parseAnnotatedFile, parseBratPair, type ParsedAnnotated } from './parse-annotated'

function parse(fileName: string, bytes: Uint8Array, ann: Uint8Array | undefined): ParsedAnnotated {
  if (ann !== undefined) return parseBratPair(bytes, ann)
  const format = annotatedFormatOf(fileName)
  if (format === 'brat') throw new ImportFailure('import.bratTextMissing', { file: fileName.replace(/\.ann$/i, '.txt') })
  if (format === 'jsonld') throw new ImportFailure('import.needsArticle')
  if (format === null) throw new ImportFailure('import.unsupportedType', { extension: fileName })
  return parseAnnotatedFile(format, bytes)
}

/**
 * Imports another annotation tool's file (a brat pair, CoNLL, doccano JSONL) as articles with
 * their annotations, all or nothing: any malformed line refuses the whole file, naming it, and
 * the archive is left as it was. The parsers are linear scans without a markup engine, so
 * unlike HTML and Markdown they run in this process.
 */
export async function importAnnotatedContent(file: string, fileName: string, bytes: Uint8Array, ann: Uint8Array | undefined, deps: ImportDeps): Promise<ImportOutcome> {
  const target = deps.annotated
  let encoding: string | undefined
  try {
    if (!target) throw new ImportFailure('import.unsupportedType', { extension: fileName })
    const parsed = parse(fileName, bytes, ann)
    encoding = parsed.encoding
    const sha256 = createHash('sha256').update(bytes).digest('hex')
    return await serialised(deps.target, async () => {
      const docs = annotatedDocs(parsed, fileName, sha256, target.registry(), deps)
      return storeAnnotated(file, docs, parsed.encoding, deps, target)
    })
  } catch (error) {
    return failedFrom(file, error, 'import.unexpected', deps.t, encoding)
  }
}
