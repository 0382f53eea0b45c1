import { useTranslation } from 'react-i18next'
import { languageName } from '../../../format'
import type { SegmentGlossary } from './use-glossary'

interface Props {
  text: string
  glossary: SegmentGlossary
  lang: string
}

/**
 * A source text with its glossary terms underlined; each term's tooltip gives the preferred
 * translation, and its number (drawn by CSS, so it is no part of the text a selection reads)
 * is the one its Alt key uses.
 */
export function GlossarySource({ text, glossary, lang }: Props) {
  const { t, i18n } = useTranslation()
  if (glossary.terms.length === 0) return <>{text}</>
  const chars = Array.from(text)
  const parts = []
  let at = 0
  for (const term of glossary.terms) {
    if (term.start > at) parts.push(chars.slice(at, term.start).join(''))
    const tip = term.preferred === null ? t('glossary:term.tooltipMissing', { term: term.term, lang: languageName(lang, i18n.language) }) : t('glossary:term.tooltip', { term: term.term, preferred: term.preferred })
    parts.push(
      <span key={term.start} className={`tr-term${term.preferred === null ? ' tr-term--missing' : ''}`} title={tip} data-n={term.n} data-testid="glossary-term">
        {chars.slice(term.start, term.end).join('')}
      </span>
    )
    at = term.end
  }
  if (at < chars.length) parts.push(chars.slice(at).join(''))
  return <>{parts}</>
}
