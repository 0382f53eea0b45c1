import { memo, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Icon } from '../../components/Icon'
import { formatNumber, languageName } from '../../format'
import type { QaCheck } from './types'

interface Props {
  sourceLang: string | null
  lang: string
  engine: string | null
  /** The QA filter: null (all rows), 'any' (rows with findings) or one check. */
  check: QaCheck | 'any' | null
  checkCounts: ReadonlyMap<QaCheck, number>
  findingTotal: number
  filtered: boolean
  shown: number
  total: number
  showDiff: boolean
  showQa: boolean
  mod: string
  /** More tools, shown before the help button (the XLIFF export and import). */
  tools?: ReactNode
  onCheck: (check: QaCheck | 'any' | null) => void
  onClearFilter: () => void
  onToggleDiff: () => void
  onToggleQa: () => void
  onHelp: () => void
}

/** Above the rows: the language pair and engine, the QA filter and the view toggles. */
export const EditorBar = memo(function EditorBar(props: Props) {
  const { t, i18n } = useTranslation()
  const { sourceLang, lang, engine, check, checkCounts, findingTotal, filtered, shown, total, showDiff, showQa, mod } = props
  const fmt = (n: number) => formatNumber(n, i18n.language)
  const checkName = (name: string) => t(`translate:qa.check.${name}`, { defaultValue: name })
  return (
    <div className="tr-bar">
      <div className="tr-bar__pair" data-testid="translate-pair">
        {sourceLang ? (
          <span>{t('translate:editor.pair', { source: languageName(sourceLang, i18n.language), target: languageName(lang, i18n.language) })}</span>
        ) : (
          <span>{t('translate:editor.monolingual', { lang: languageName(lang, i18n.language) })}</span>
        )}
        {engine && (
          <span className="tr-tag tr-tag--mt" data-testid="translate-engine">
            {t('translate:editor.engine', { engine })}
          </span>
        )}
      </div>
      <div className="tr-bar__tools">
        <label className="tr-bar__filter">
          <span className="sr-only">{t('translate:editor.filterQa')}</span>
          <select className="input tr-select" value={check ?? ''} onChange={(event) => props.onCheck((event.target.value || null) as QaCheck | 'any' | null)} data-testid="qa-filter">
            <option value="">{t('translate:editor.allRows')}</option>
            <option value="any">{t('translate:editor.withFindings', { count: findingTotal })}</option>
            {[...checkCounts].map(([name, count]) => (
              <option key={name} value={name}>
                {t('translate:editor.withCheck', { check: checkName(name), count })}
              </option>
            ))}
          </select>
        </label>
        {filtered && (
          <span className="toolbar__meta" data-testid="filter-count">
            {t('translate:editor.shown', { shown: fmt(shown), total: fmt(total) })}
            <button type="button" className="link-button" onClick={props.onClearFilter}>
              {t('translate:editor.clearFilter')}
            </button>
          </span>
        )}
        <button type="button" className={`button button--small${showDiff ? ' is-on' : ' button--ghost'}`} aria-pressed={showDiff} onClick={props.onToggleDiff} title={t('translate:editor.diffHint')} data-testid="toggle-diff">
          {t('translate:editor.diff')}
        </button>
        <button type="button" className={`button button--small${showQa ? ' is-on' : ' button--ghost'}`} aria-pressed={showQa} onClick={props.onToggleQa} data-testid="toggle-qa">
          <Icon name="alert" size={16} />
          {t('translate:editor.checks', { count: findingTotal })}
        </button>
        {props.tools}
        <button type="button" className="icon-button" onClick={props.onHelp} aria-label={t('translate:shortcuts.open')} title={`${t('translate:shortcuts.open')} (?)`} aria-keyshortcuts="?" data-testid="open-shortcuts">
          <span className="tr-bar__key" aria-hidden="true">
            {mod === '⌘' ? '⌘' : '?'}
          </span>
        </button>
      </div>
    </div>
  )
})
