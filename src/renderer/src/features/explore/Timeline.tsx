import { useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { MonthFigure } from '@shared/explore/months'
import { formatNumber } from '../../format'
import { monthName, monthShort, yearName } from './month-format'

interface Props {
  months: MonthFigure[]
  undated: { articles: number; mentions: number }
  /** The selected entity's name: its mentions are drawn over the bars. */
  entityName: string | null
  onOpenMonth: (month: string) => void
}

/** Where a value sits on a scale whose top is `max`, in percent. */
const percent = (value: number, max: number) => (max === 0 ? 0 : (value / max) * 100)

/**
 * Articles per month as bars, the selected entity's mentions as a line over them (its own
 * scale, on the right). One tab stop: arrow keys move between months, Enter lists one.
 */
export function Timeline({ months, undated, entityName, onOpenMonth }: Props) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const fmt = (n: number) => formatNumber(n, lang)
  const [current, setCurrent] = useState(months.length - 1)
  const [shown, setShown] = useState<number | null>(null)
  const buttons = useRef<(HTMLButtonElement | null)[]>([])
  const maxArticles = Math.max(0, ...months.map((m) => m.articles))
  const maxMentions = Math.max(0, ...months.map((m) => m.mentions))
  const withMentions = entityName !== null
  const focusIndex = Math.min(Math.max(current, 0), months.length - 1)

  const describe = (m: MonthFigure) => {
    const articles = t('explore:timeline.articleCount', { count: m.articles, formatted: fmt(m.articles) })
    if (!withMentions) return t('explore:timeline.month', { month: monthName(m.month, lang), articles })
    const mentions = t('explore:timeline.mentionCount', { count: m.mentions, formatted: fmt(m.mentions) })
    return t('explore:timeline.monthWithMentions', { month: monthName(m.month, lang), articles, mentions })
  }
  const move = (event: KeyboardEvent) => {
    const last = months.length - 1
    const next = { ArrowLeft: focusIndex - 1, ArrowRight: focusIndex + 1, Home: 0, End: last }[event.key]
    if (next === undefined) return
    event.preventDefault()
    const index = Math.min(Math.max(next, 0), last)
    setCurrent(index)
    setShown(index)
    buttons.current[index]?.focus()
  }

  if (months.length === 0) return <p className="explore-empty">{t('explore:timeline.empty')}</p>
  const points = months.map((m, i) => `${i + 0.5},${100 - percent(m.mentions, maxMentions)}`).join(' ')
  const tip = shown === null ? null : months[shown]
  const tipAlign = shown === null ? '' : shown < months.length * 0.2 ? ' is-start' : shown > months.length * 0.8 ? ' is-end' : ''

  return (
    <div className="timeline" data-testid="timeline">
      <div className="timeline__scale" aria-hidden="true">
        <span>{t('explore:timeline.max', { formatted: fmt(maxArticles) })}</span>
        {withMentions && <span className="timeline__scale-mentions">{t('explore:timeline.max', { formatted: fmt(maxMentions) })}</span>}
      </div>
      <div className="timeline__scroll">
        <div
          className="timeline__plot"
          role="group"
          aria-label={t('explore:timeline.title')}
          aria-describedby="timeline-keys"
          style={{ gridTemplateColumns: `repeat(${months.length}, minmax(14px, 1fr))` }}
          onKeyDown={move}
          onMouseLeave={() => setShown(null)}
        >
          {withMentions && maxMentions > 0 && (
            <svg className="timeline__line" viewBox={`0 0 ${months.length} 100`} preserveAspectRatio="none" aria-hidden="true" data-testid="timeline-mentions">
              <polyline points={points} vectorEffect="non-scaling-stroke" />
            </svg>
          )}
          {months.map((m, i) => (
            <button
              key={m.month}
              ref={(element) => {
                buttons.current[i] = element
              }}
              type="button"
              className={`timeline__month${shown === i ? ' is-shown' : ''}`}
              tabIndex={i === focusIndex ? 0 : -1}
              aria-label={`${describe(m)}. ${t('explore:timeline.open')}`}
              data-testid="timeline-month"
              data-month={m.month}
              data-articles={m.articles}
              data-mentions={m.mentions}
              onMouseEnter={() => setShown(i)}
              onFocus={() => {
                setCurrent(i)
                setShown(i)
              }}
              onBlur={() => setShown(null)}
              onClick={() => onOpenMonth(m.month)}
            >
              <span className="timeline__bar" style={{ height: `${percent(m.articles, maxArticles)}%` }} />
              {withMentions && m.mentions > 0 && <span className="timeline__dot" style={{ bottom: `${percent(m.mentions, maxMentions)}%` }} />}
            </button>
          ))}
          {tip && shown !== null && (
            <div className={`timeline__tip${tipAlign}`} style={{ left: `${((shown + 0.5) / months.length) * 100}%` }} role="status" data-testid="timeline-tip">
              <strong>{monthName(tip.month, lang)}</strong>
              <span>{t('explore:timeline.articleCount', { count: tip.articles, formatted: fmt(tip.articles) })}</span>
              {withMentions && <span className="timeline__tip-mentions">{t('explore:timeline.mentionCount', { count: tip.mentions, formatted: fmt(tip.mentions) })}</span>}
            </div>
          )}
        </div>
        <div className="timeline__axis" aria-hidden="true" style={{ gridTemplateColumns: `repeat(${months.length}, minmax(14px, 1fr))` }}>
          {months.map((m, i) => {
            const yearStart = i === 0 || m.month.endsWith('-01')
            const every = Math.ceil(months.length / 18)
            return (
              <span key={m.month} className="timeline__tick">
                {(months.length <= 18 || i % every === 0) && <span className="timeline__tick-month">{monthShort(m.month, lang)}</span>}
                {yearStart && <span className="timeline__tick-year">{yearName(m.month, lang)}</span>}
              </span>
            )
          })}
        </div>
      </div>
      <p id="timeline-keys" className="sr-only">
        {t('explore:timeline.keys')}
      </p>
      {undated.articles > 0 && (
        <p className="timeline__undated" data-testid="timeline-undated">
          {t('explore:timeline.undated', { count: undated.articles, formatted: fmt(undated.articles) })}
          {withMentions && undated.mentions > 0 && ` ${t('explore:timeline.undatedMentions', { count: undated.mentions, formatted: fmt(undated.mentions) })}`}
        </p>
      )}
    </div>
  )
}
