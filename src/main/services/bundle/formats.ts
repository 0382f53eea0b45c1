import { FORMAT_IDS, type FormatId } from '@shared/ipc/bundle-contract'
import { pickLanguage } from '@shared/i18n/resources'
import { bratFiles, bundleIndexHtml, conllFiles, teiFiles, textFiles, webAnnotationFiles, type FormatFile, type FormatInput } from '@shared/formats/interchange'
import { createTranslator } from '../../i18n'
import { stableStringify } from '../../archive/stable-json'
import { xliffFiles } from './xliff-files'

export { FORMAT_IDS, type FormatId } from '@shared/ipc/bundle-contract'
export type { FormatFile, FormatInput } from '@shared/formats/interchange'

type ArticleWriter = (input: FormatInput) => FormatFile[]

/** Our own model, lossless; `revision` is this archive's write counter, not part of the article. */
export function articleJsonFiles({ doc }: FormatInput): FormatFile[] {
  const { revision: _revision, ...portable } = doc
  return [{ path: 'article.json', text: stableStringify(portable) }]
}

/**
 * The writers of per-article files, by format id. A format not listed here is not offered
 * (the CLI refuses it, the dialog does not show it). `txt` and `brat` both write `<lang>.txt`,
 * the same text: the bundle writes it once.
 */
export const ARTICLE_WRITERS: Partial<Record<FormatId, ArticleWriter>> = {
  json: articleJsonFiles,
  txt: textFiles,
  wa: webAnnotationFiles,
  brat: bratFiles,
  conll: conllFiles,
  tei: teiFiles,
  xliff: xliffFiles
}

/** The bag-level `data/index.html`, in the export's language. */
export const BAG_WRITERS: Partial<Record<FormatId, (inputs: readonly FormatInput[], locale: string) => string>> = {
  html: (inputs, locale) => bundleIndexHtml(inputs, { lang: locale, t: createTranslator(pickLanguage(locale)) })
}

/** The formats this build can write, in the CLI's order. */
export const availableFormats = (): FormatId[] => FORMAT_IDS.filter((id) => id in ARTICLE_WRITERS || id in BAG_WRITERS)

export const isFormatId = (value: string): value is FormatId => (FORMAT_IDS as readonly string[]).includes(value)
