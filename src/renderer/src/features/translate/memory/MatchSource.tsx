import { useTranslation } from 'react-i18next'
import type { DiffPart } from '@shared/translation/diff'

/**
 * A match's source with what differs from the segment marked: words only in the match struck
 * through, words only in the segment shown where they would go.
 */
export function MatchSource({ diff, lang }: { diff: DiffPart[]; lang: string }) {
  const { t } = useTranslation()
  return (
    <span className="tr-diff tm-match__source" lang={lang} data-testid="match-source">
      {diff.map((part, i) =>
        part.kind === 'same' ? (
          <span key={i}>{part.text}</span>
        ) : part.kind === 'added' ? (
          <ins key={i} className="tr-diff__added" title={t('translate:memory.onlyInSegment')}>
            {part.text}
          </ins>
        ) : (
          <del key={i} className="tr-diff__removed" title={t('translate:memory.onlyInMatch')}>
            {part.text}
          </del>
        )
      )}
    </span>
  )
}
