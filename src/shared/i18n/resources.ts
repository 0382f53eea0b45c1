import enAnnotate from './locales/en/annotate.json'
import enArchive from './locales/en/archive.json'
import enBatch from './locales/en/batch.json'
import enBundle from './locales/en/bundle.json'
import enCli from './locales/en/cli.json'
import enCommon from './locales/en/common.json'
import enConcordance from './locales/en/concordance.json'
import enDetails from './locales/en/details.json'
import enEntities from './locales/en/entities.json'
import enErrors from './locales/en/errors.json'
import enExplore from './locales/en/explore.json'
import enFormats from './locales/en/formats.json'
import enGlossary from './locales/en/glossary.json'
import enImporter from './locales/en/importer.json'
import enInterchange from './locales/en/interchange.json'
import enLibrary from './locales/en/library.json'
import enSearch from './locales/en/search.json'
import enMenu from './locales/en/menu.json'
import enReader from './locales/en/reader.json'
import enSettings from './locales/en/settings.json'
import enTranslate from './locales/en/translate.json'
import enTranslateAnnotations from './locales/en/translate-annotations.json'
import enTrash from './locales/en/trash.json'
import zhAnnotate from './locales/zh-CN/annotate.json'
import zhArchive from './locales/zh-CN/archive.json'
import zhBatch from './locales/zh-CN/batch.json'
import zhBundle from './locales/zh-CN/bundle.json'
import zhCli from './locales/zh-CN/cli.json'
import zhCommon from './locales/zh-CN/common.json'
import zhConcordance from './locales/zh-CN/concordance.json'
import zhDetails from './locales/zh-CN/details.json'
import zhEntities from './locales/zh-CN/entities.json'
import zhErrors from './locales/zh-CN/errors.json'
import zhExplore from './locales/zh-CN/explore.json'
import zhFormats from './locales/zh-CN/formats.json'
import zhGlossary from './locales/zh-CN/glossary.json'
import zhImporter from './locales/zh-CN/importer.json'
import zhInterchange from './locales/zh-CN/interchange.json'
import zhLibrary from './locales/zh-CN/library.json'
import zhSearch from './locales/zh-CN/search.json'
import zhMenu from './locales/zh-CN/menu.json'
import zhReader from './locales/zh-CN/reader.json'
import zhSettings from './locales/zh-CN/settings.json'
import zhTranslate from './locales/zh-CN/translate.json'
import zhTranslateAnnotations from './locales/zh-CN/translate-annotations.json'
import zhTrash from './locales/zh-CN/trash.json'

/**
 * Every user-facing string, per language and namespace. One namespace per feature so that
 * features can be worked on side by side; `errors` holds the messages for AppError codes.
 */
export const resources = {
  en: {
    annotate: enAnnotate, archive: enArchive, bundle: enBundle, cli: enCli, common: enCommon, entities: enEntities, errors: enErrors,
    importer: enImporter, library: enLibrary, menu: enMenu, reader: enReader, settings: enSettings,
    details: enDetails, translate: enTranslate, trash: enTrash,
    formats: enFormats,
    glossary: enGlossary,
    batch: enBatch,
    interchange: enInterchange,
    translateAnnotations: enTranslateAnnotations,
    search: enSearch,
    explore: enExplore,
    concordance: enConcordance
  },
  'zh-CN': {
    annotate: zhAnnotate, archive: zhArchive, bundle: zhBundle, cli: zhCli, common: zhCommon, entities: zhEntities, errors: zhErrors,
    importer: zhImporter, library: zhLibrary, menu: zhMenu, reader: zhReader, settings: zhSettings,
    details: zhDetails, translate: zhTranslate, trash: zhTrash,
    formats: zhFormats,
    glossary: zhGlossary,
    batch: zhBatch,
    interchange: zhInterchange,
    translateAnnotations: zhTranslateAnnotations,
    search: zhSearch,
    explore: zhExplore,
    concordance: zhConcordance
  }
} as const

export const SUPPORTED_LANGUAGES = ['en', 'zh-CN'] as const
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number]
export const NAMESPACES = Object.keys(resources.en) as (keyof (typeof resources)['en'])[]

/** Maps an OS or browser locale such as "zh-Hans-CN", "zh_CN.UTF-8" or "en-GB" to ours. */
export function pickLanguage(locale: string | null | undefined): SupportedLanguage {
  return /^zh/i.test(locale ?? '') ? 'zh-CN' : 'en'
}
