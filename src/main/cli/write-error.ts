import type { Translate } from '../i18n'

const REASONS: Record<string, string> = {
  ENOENT: 'missingFolder',
  ENOTDIR: 'missingFolder',
  EACCES: 'permission',
  EPERM: 'permission',
  EROFS: 'permission',
  EISDIR: 'isFolder',
  ENOSPC: 'diskFull'
}

/** Why a file could not be written, in the user's language (never Node's English error text). */
export function writeErrorReason(error: unknown, t: Translate): string {
  const code = String((error as NodeJS.ErrnoException | undefined)?.code ?? 'EIO')
  const reason = REASONS[code]
  return reason ? t(`cli:writeError.${reason}`) : t('cli:writeError.other', { code })
}
