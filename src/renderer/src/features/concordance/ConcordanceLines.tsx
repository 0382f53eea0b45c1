import { memo, useRef } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useTranslation } from 'react-i18next'
import type { ConcordanceLine } from '@shared/ipc/concordance-contract'
import { formatRoute } from '../../app/use-route'
import { formatDate, languageName } from '../../format'
import { isRtl, lineKey } from './line-key'

const ROW_HEIGHT = 58

interface Props {
  lines: readonly ConcordanceLine[]
  query: string
  isSelected: (key: string) => boolean
  onClick: (key: string, shift: boolean) => void
}

interface RowProps {
  line: ConcordanceLine
  selected: boolean
  onClick: (key: string, shift: boolean) => void
}

/** One keyword-in-context line: a box to select it, and the line itself, a link to its place. */
const Row = memo(function Row({ line, selected, onClick }: RowProps) {
  const { t, i18n } = useTranslation()
  const key = lineKey(line)
  const where = `${line.title} · ${line.date ? formatDate(line.date, i18n.language) : t('concordance:undated')} · ${t('concordance:version', {
    language: languageName(line.lang, i18n.language),
    role: t(`concordance:role.${line.role}`)
  })}`
  return (
    <div className="concordance-line" role="listitem" data-testid="concordance-line">
      <input
        type="checkbox"
        className="concordance-line__tick"
        checked={selected}
        readOnly
        onClick={(event) => onClick(key, event.shiftKey)}
        aria-label={t('concordance:selectLine')}
      />
      <a className="concordance-line__open" href={formatRoute({ view: 'reader', id: line.id, version: line.version, at: { start: line.start, end: line.end } })} title={t('concordance:open')}>
        <span className="concordance-line__text" lang={line.lang} dir={isRtl(line.lang) ? 'rtl' : 'ltr'}>
          <span className="concordance-line__left" data-testid="concordance-left">
            <span>{line.left}</span>
          </span>
          <mark className="concordance-line__match">{line.match}</mark>
          <span className="concordance-line__right" data-testid="concordance-right">
            {line.right}
          </span>
        </span>
        <span className="concordance-line__where" title={where}>
          {where}
        </span>
      </a>
    </div>
  )
})

/** The lines, virtualised: only those in view are in the DOM, so thousands scroll smoothly. */
export function ConcordanceLines({ lines, query, isSelected, onClick }: Props) {
  const { t } = useTranslation()
  const scroller = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({ count: lines.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 8 })
  return (
    <div className="concordance-lines" ref={scroller} data-testid="concordance-lines">
      <div role="list" aria-label={t('concordance:linesLabel', { query })} style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const line = lines[item.index] as ConcordanceLine
          return (
            <div key={item.key} style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}>
              <Row line={line} selected={isSelected(lineKey(line))} onClick={onClick} />
            </div>
          )
        })}
      </div>
    </div>
  )
}
