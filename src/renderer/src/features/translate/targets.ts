import type { TextVersion } from '@shared/model'

export interface TranslationTarget {
  versionId: string
  lang: string
  /** The article's own text, marked as machine translation: post-edited with no source. */
  monolingual: boolean
}

/** The texts of an article that can be post-edited: its translations, and its own text once marked as MT. */
export function translationTargets(versions: readonly TextVersion[]): TranslationTarget[] {
  return versions.flatMap((version, i): TranslationTarget[] => {
    if (version.role === 'translation') return [{ versionId: version.id, lang: version.lang, monolingual: false }]
    if (i === 0 && version.origin === 'machine') return [{ versionId: version.id, lang: version.lang, monolingual: true }]
    return []
  })
}

/** A likely language for a new translation: English for a Chinese (or other) article, Chinese for an English one. */
export const suggestedLang = (articleLang: string): string => (/^en\b/i.test(articleLang) ? 'zh-CN' : 'en')
