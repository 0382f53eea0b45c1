import i18next from 'i18next'
import { pickLanguage, resources, type SupportedLanguage } from '@shared/i18n/resources'

/** The OS interface language, from the POSIX variables first, then ICU's default locale. */
export function osLocale(env: NodeJS.ProcessEnv = process.env): string {
  const posix = env.LC_ALL || env.LC_MESSAGES || env.LANG
  if (posix && posix !== 'C' && posix !== 'POSIX') return posix.split('.')[0]!.replace('_', '-')
  return Intl.DateTimeFormat().resolvedOptions().locale
}

/** A translator: a key (with namespace) and its interpolation values to a message. */
export type Translate = (key: string, options?: Record<string, unknown>) => string

/** A main-process translator (menu, dialogs, CLI, import reasons) for one language. */
export function createTranslator(language: SupportedLanguage = pickLanguage(osLocale())): Translate {
  const instance = i18next.createInstance()
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    resources,
    ns: Object.keys(resources.en),
    defaultNS: 'common',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false
  })
  return (key, options) => instance.t(key, options ?? {}) as string
}
