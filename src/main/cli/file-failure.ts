import type { AppError } from '@shared/ipc/result'
import type { Translate } from '../i18n'
import { EXIT, type CliIo } from './command'

/**
 * A file an import refused: with `--json`, `{"file","error":{"code","message","params"}}` on
 * stdout (params name the line and column of an XML error); always the translated reason on
 * stderr, and for an XML error the parser's own untranslated words as a second, technical line.
 */
export function printFileFailure(io: CliIo, t: Translate, file: string, error: AppError, json: boolean): number {
  if (json) io.out(JSON.stringify({ file, error: { code: error.code, message: error.message, params: error.params ?? {} } }, null, 2))
  io.err(t('cli:error.fileRefused', { file, reason: error.message }))
  const detail = error.params?.detail
  if (error.code.startsWith('xml.') && typeof detail === 'string' && detail !== '') io.err(t('cli:error.parserSaid', { detail }))
  return EXIT.someFailed
}
