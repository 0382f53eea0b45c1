import type { TFunction } from 'i18next'
import type { TextVersion } from '@shared/model'
import { languageName } from '../../format'

/**
 * Names a text version for the interface: its language and what it is, e.g. "Chinese ·
 * original", "English · machine translation (DeepL)" (also an article's own text marked as
 * machine translation).
 */
export function versionLabel(t: TFunction, version: Pick<TextVersion, 'lang' | 'role' | 'origin' | 'engine'>, locale: string): string {
  const lang = languageName(version.lang, locale)
  // An article whose own text is machine translation says so before calling it the original.
  if (version.origin === 'machine') return version.engine ? t('translateAnnotations:version.machineEngine', { lang, engine: version.engine }) : t('translateAnnotations:version.machine', { lang })
  if (version.role === 'original') return t('translateAnnotations:version.original', { lang })
  return t(`translateAnnotations:version.${version.origin}`, { lang })
}

/** The same, short, for a list row ("English · MT"); the full label goes in its tooltip. */
export function shortVersionLabel(t: TFunction, version: Pick<TextVersion, 'lang' | 'role' | 'origin'>, locale: string): string {
  const lang = languageName(version.lang, locale)
  const kind = version.origin === 'machine' ? 'machine' : version.role === 'original' ? 'original' : version.origin
  return t(`translateAnnotations:version.short.${kind}`, { lang })
}
