import { memo, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { DiffView } from './DiffView'
import { RowMeta } from './RowMeta'
import { StatusChip } from './StatusChip'
import type { QaFinding, SegmentRow } from './types'

interface Props {
  row: SegmentRow
  /** Position in the list as shown (for the virtualiser's measuring). */
  position: number
  monolingual: boolean
  sourceLang: string | null
  lang: string
  engine: string | null
  active: boolean
  showDiff: boolean
  findings: readonly QaFinding[] | undefined
  /** The row's editor and tools, when it is the active row. */
  editor: ReactNode
  /** The active row's source view, shown in place of its plain source text. */
  source?: ReactNode
  onActivate: (rowId: string) => void
  measure: (element: HTMLElement | null) => void
}

/**
 * One aligned row: number and status, the source (or nothing when monolingual), the target —
 * as text, as the MT → target diff, or as the editor when active — and what is known about it.
 * Memoised: typing in one row re-renders that row only.
 */
export const RowView = memo(function RowView({ row, position, monolingual, sourceLang, lang, engine, active, showDiff, findings, editor, source, onActivate, measure }: Props) {
  const { t } = useTranslation()
  const target = row.target === '' ? <span className="tr-row__empty">{t('translate:editor.emptyTarget')}</span> : showDiff && row.mt !== '' && row.mt !== row.target ? <DiffView before={row.mt} after={row.target} lang={lang} /> : row.target
  return (
    <div
      ref={measure}
      data-index={position}
      className={`tr-row${active ? ' is-active' : ''}${monolingual ? ' tr-row--mono' : ''} tr-row--${row.status}`}
      role="row"
      aria-rowindex={row.index + 1}
      aria-selected={active}
      data-testid="segment-row"
      data-row-id={row.id}
      data-status={row.status}
      onClick={active ? undefined : () => onActivate(row.id)}
    >
      <div className="tr-row__gutter" role="rowheader">
        <span className="tr-row__number">{row.index}</span>
        <StatusChip status={row.status} compact />
      </div>
      {!monolingual && (
        <div className="tr-row__source" role="gridcell" lang={sourceLang ?? undefined} data-testid="segment-source">
          {source ? source : row.source === '' || row.source === null ? <span className="tr-row__empty">{t('translate:editor.emptySource')}</span> : row.source}
        </div>
      )}
      <div className="tr-row__target" role="gridcell">
        {active ? (
          editor
        ) : (
          <div className="tr-row__text" lang={lang} data-testid="segment-target">
            {target}
          </div>
        )}
        {monolingual && !active && showDiff === false && row.mt !== '' && row.mt !== row.target && (
          <div className="tr-row__mt" lang={lang}>
            <span className="tr-row__mt-label">{t('translate:editor.mtReference')}</span> {row.mt}
          </div>
        )}
        {!active && row.note && (
          <p className="tr-row__note" data-testid="segment-note">
            {row.note}
          </p>
        )}
        {!active && <RowMeta row={row} engine={engine} findings={findings} />}
      </div>
    </div>
  )
})
