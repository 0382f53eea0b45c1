import { useTranslation } from 'react-i18next'
import type { Route } from '../app/use-route'
import { useLibrary } from '../app/library-context'
import { Icon } from './Icon'
import { useRegistry } from '../features/entities/registry-context'
import { ExportButton } from '../features/export/ExportButton'
import { useImport } from '../features/import/import-context'
import { formatNumber } from '../format'

/** The last segment of a POSIX or Windows path. */
const folderName = (path: string) => path.split(/[\\/]/).filter(Boolean).pop() ?? path

export function Sidebar({ route, navigate }: { route: Route; navigate: (route: Route) => void }) {
  const { t, i18n } = useTranslation()
  const { total, status, archive } = useLibrary()
  const { choose, run } = useImport()
  const registry = useRegistry()
  const inLibrary = route.view === 'library' || route.view === 'reader'
  return (
    <aside className="sidebar">
      <div className="sidebar__brand">
        <span className="sidebar__logo" aria-hidden="true">
          {t('common:appName').charAt(0)}
        </span>
        <span className="sidebar__name">{t('common:appName')}</span>
      </div>
      <button type="button" className="button button--primary sidebar__import" onClick={choose} disabled={Boolean(run && !run.finished)}>
        <Icon name="import" />
        {t('common:import')}
      </button>
      <ExportButton request={route.view === 'reader' ? { articleId: route.id } : {}} className="button sidebar__import" />
      <nav className="sidebar__nav" aria-label={t('common:navigation')}>
        <a href="#/" className="sidebar__link" aria-current={inLibrary ? 'page' : undefined}>
          <Icon name="library" />
          <span>{t('common:library')}</span>
          {status.state === 'ready' && <span className="sidebar__count">{formatNumber(total, i18n.language)}</span>}
        </a>
        <a href="#/entities" className="sidebar__link" aria-current={route.view === 'entities' || route.view === 'entity' ? 'page' : undefined}>
          <Icon name="entity" />
          <span>{t('entities:title')}</span>
          {registry.status.state === 'ready' && (
            <span className="sidebar__count" data-testid="sidebar-entity-count">
              {formatNumber(registry.status.registry.entities.length, i18n.language)}
            </span>
          )}
        </a>
        <a href="#/explore" className="sidebar__link" aria-current={route.view === 'explore' ? 'page' : undefined}>
          <Icon name="explore" />
          <span>{t('explore:title')}</span>
        </a>
        <a href="#/concordance" className="sidebar__link" aria-current={route.view === 'concordance' ? 'page' : undefined}>
          <Icon name="concordance" />
          <span>{t('concordance:title')}</span>
        </a>
        <a href="#/trash" className="sidebar__link" aria-current={route.view === 'trash' ? 'page' : undefined}>
          <Icon name="trash" />
          <span>{t('trash:title')}</span>
        </a>
        <a href="#/settings" className="sidebar__link" aria-current={route.view === 'settings' ? 'page' : undefined}>
          <Icon name="settings" />
          <span>{t('common:settings')}</span>
        </a>
      </nav>
      {archive && (
        <button type="button" className="sidebar__archive" onClick={() => navigate({ view: 'settings' })} title={archive.path}>
          <span className="sidebar__archive-label">{t('common:archive')}</span>
          <span className="sidebar__archive-name">{folderName(archive.path)}</span>
          <span className="sidebar__archive-path">{archive.path}</span>
        </button>
      )}
    </aside>
  )
}
