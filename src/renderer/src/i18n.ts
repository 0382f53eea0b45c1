import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { NAMESPACES, pickLanguage, resources, type SupportedLanguage } from '@shared/i18n/resources'
import type { UiLanguage } from '@shared/model'

/** The language before settings are known: `?lng=` in the URL, else the browser's. */
export function initialLanguage(): SupportedLanguage {
  const fromUrl = new URLSearchParams(window.location.search).get('lng')
  return pickLanguage(fromUrl ?? navigator.language)
}

/** Settings win; then the URL; then the browser or OS locale. */
export function resolveLanguage(saved: UiLanguage | null | undefined): SupportedLanguage {
  return saved ?? initialLanguage()
}

void i18next.use(initReactI18next).init({
  resources,
  lng: initialLanguage(),
  fallbackLng: 'en',
  ns: [...NAMESPACES],
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false
})

i18next.on('languageChanged', (lng) => {
  document.documentElement.lang = lng
})
document.documentElement.lang = i18next.language

export default i18next
