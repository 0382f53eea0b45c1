import { Fragment, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { languageName } from '../../../format'
import { termPieces } from './term-pieces'
import type { SegmentGlossary } from './use-glossary'

interface Props {
  text: string
  glossary: SegmentGlossary
  lang: string
  /** Draws the text of [from, to) (UTF-16), e.g. with its tags; plain text by default. */
  children?: (from: number, to: number) => ReactNode
}

/**
 * A source text with its glossary terms underlined; each term's tooltip gives the preferred
 * translation, and its number (drawn by CSS, so it is no part of the text a selection reads)
 * is the one its Alt key uses.
 */
export function GlossarySource({ text, glossary, lang, children }: Props) {
  const { t, i18n } = useTranslation()
  const draw = children ?? ((from: number, to: number) => text.slice(from, to))
  return termPieces(text, glossary.terms).map(({ start, end, term: i }) => {
    const term = i === null ? undefined : glossary.terms[i]
    if (!term) return <Fragment key={start}>{draw(start, end)}</Fragment>
    const tip = term.preferred === null ? t('glossary:term.tooltipMissing', { term: term.term, lang: languageName(lang, i18n.language) }) : t('glossary:term.tooltip', { term: term.term, preferred: term.preferred })
    return (
      <span key={start} className={`tr-term${term.preferred === null ? ' tr-term--missing' : ''}`} title={tip} data-n={term.n} data-testid="glossary-term">
        {draw(start, end)}
      </span>
    )
  })
}
