import { memo, type KeyboardEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { formatCompact, formatNumber } from '../../../format'

export type PanelTab = 'annotations' | 'relations' | 'suggestions' | 'history'
const TABS: PanelTab[] = ['annotations', 'relations', 'suggestions', 'history']

interface Props {
  tab: PanelTab
  counts: Partial<Record<PanelTab, number>>
  onTab: (tab: PanelTab) => void
  /** The editor or relation chooser, above the tabs. */
  top: ReactNode
  children: ReactNode
}

/** The annotation side panel: the editor on top, then tabs (ARIA tabs, arrow keys move). */
export function SidePanel({ tab, counts, onTab, top, children }: Props) {
  const { t } = useTranslation()
  return (
    <aside className="annotate-panel" aria-label={t('annotate:panel.label')} data-testid="annotate-panel">
      {top}
      <PanelTabs tab={tab} annotations={counts.annotations} relations={counts.relations} suggestions={counts.suggestions} onTab={onTab} />
      <div id="panel-tabpanel" className="tabs__panel" role="tabpanel" aria-labelledby={`panel-tab-${tab}`}>
        {children}
      </div>
    </aside>
  )
}

type TabsProps = { tab: PanelTab; onTab: (tab: PanelTab) => void } & Partial<Record<PanelTab, number>>

/** The tab list, memoised on the tab and its counts (an edit elsewhere does not re-render it). */
const PanelTabs = memo(function PanelTabs({ tab, onTab, ...counts }: TabsProps) {
  const { t, i18n } = useTranslation()
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return
    event.preventDefault()
    event.stopPropagation()
    const next = TABS[(TABS.indexOf(tab) + (event.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length] as PanelTab
    onTab(next)
    document.getElementById(`panel-tab-${next}`)?.focus()
  }
  return (
    <div className="tabs" role="tablist" aria-label={t('annotate:panel.tabs')} onKeyDown={onKey}>
      {TABS.map((name) => (
        <button
          key={name}
          id={`panel-tab-${name}`}
          type="button"
          role="tab"
          className="tabs__tab"
          aria-selected={tab === name}
          aria-controls="panel-tabpanel"
          tabIndex={tab === name ? 0 : -1}
          onClick={() => onTab(name)}
        >
          {t(`annotate:panel.tab.${name}`)}
          {counts[name] !== undefined && (
            <span className="tabs__count" title={formatNumber(counts[name] ?? 0, i18n.language)}>
              {formatCompact(counts[name] ?? 0, i18n.language)}
            </span>
          )}
        </button>
      ))}
    </div>
  )
})
