import { memo, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { diffText } from '@shared/translation/diff'

/** The MT → current target diff, inline: removed words struck through, added ones marked. */
export const DiffView = memo(function DiffView({ before, after, lang }: { before: string; after: string; lang: string }) {
  const { t } = useTranslation()
  const parts = useMemo(() => diffText(before, after, lang), [before, after, lang])
  return (
    <span className="tr-diff" lang={lang} data-testid="segment-diff">
      {parts.map((part, i) =>
        part.kind === 'same' ? (
          <span key={i}>{part.text}</span>
        ) : part.kind === 'added' ? (
          <ins key={i} className="tr-diff__added" title={t('translate:editor.diffAdded')}>
            {part.text}
          </ins>
        ) : (
          <del key={i} className="tr-diff__removed" title={t('translate:editor.diffRemoved')}>
            {part.text}
          </del>
        )
      )}
    </span>
  )
})
