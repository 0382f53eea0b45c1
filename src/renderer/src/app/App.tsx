import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { MenuEvent } from '@shared/ipc/menu-events'
import { Sidebar } from '../components/Sidebar'
import { Spinner } from '../components/Spinner'
import { ConcordanceView } from '../features/concordance/ConcordanceView'
import { EntitiesView } from '../features/entities/EntitiesView'
import { BundleImportDialog } from '../features/export/BundleImportDialog'
import { BundleImportProvider } from '../features/export/bundle-import-context'
import { ExportDialog } from '../features/export/ExportDialog'
import { ExportProvider, useExport } from '../features/export/export-context'
import { EntityView } from '../features/entities/EntityView'
import { ExploreView } from '../features/explore/ExploreView'
import { RegistryProvider, useRegistry } from '../features/entities/registry-context'
import { DropZone } from '../features/import/DropZone'
import { FileChooser } from '../features/import/FileChooser'
import { ImportDialog } from '../features/import/ImportDialog'
import { ImportProvider, useImport } from '../features/import/import-context'
import { LibraryView } from '../features/library/LibraryView'
import { ReaderView } from '../features/reader/ReaderView'
import { SettingsView } from '../features/settings/SettingsView'
import { TrashView } from '../features/trash/TrashView'
import { LibraryProvider, useLibraryReload } from './library-context'
import { SettingsProvider, useSettings } from './settings-context'
import { ReadOnlyBanner } from './ReadOnlyBanner'
import { useMenu } from './use-menu'
import { useRoute } from './use-route'
import { useZoom } from './use-zoom'

function Shell() {
  const { t } = useTranslation()
  const [route, navigate] = useRoute()
  const [lastOpened, setLastOpened] = useState<string | null>(null)
  const [findSignal, setFindSignal] = useState(0)
  const [archiveSignal, setArchiveSignal] = useState(0)
  const { update } = useSettings()
  const { choose } = useImport()
  const { openExport } = useExport()
  const zoom = useZoom()

  const open = useCallback(
    (id: string) => {
      setLastOpened(id)
      navigate({ view: 'reader', id })
    },
    [navigate]
  )
  const toLibrary = useCallback(() => navigate({ view: 'library' }), [navigate])
  const toSettings = useCallback(() => navigate({ view: 'settings' }), [navigate])
  const toEntities = useCallback(() => navigate({ view: 'entities' }), [navigate])
  const openEntity = useCallback((id: string) => navigate({ view: 'entity', id }), [navigate])
  const toTrash = useCallback(() => navigate({ view: 'trash' }), [navigate])
  const reloadLibrary = useLibraryReload()
  const { reload: reloadRegistry } = useRegistry()
  // Restoring (or undoing) brings articles back to the library and entities to the registry.
  const trashChanged = useCallback(() => void Promise.all([reloadLibrary(), reloadRegistry()]), [reloadLibrary, reloadRegistry])

  useMenu((event: MenuEvent) => {
    const [kind, value] = event.split(':')
    if (kind === 'theme' && (value === 'light' || value === 'dark' || value === 'system')) void update({ theme: value })
    else if (kind === 'language' && (value === 'en' || value === 'zh-CN')) void update({ language: value })
    else if (event === 'import') choose()
    else if (event === 'export') openExport(route.view === 'reader' ? { articleId: route.id } : {})
    else if (event === 'zoomIn') zoom.zoomIn()
    else if (event === 'zoomOut') zoom.zoomOut()
    else if (event === 'zoomReset') zoom.reset()
    else if (event === 'find') {
      toLibrary()
      setFindSignal((n) => n + 1)
    } else if (event === 'openArchive' || event === 'newArchive') {
      toSettings()
      setArchiveSignal((n) => n + 1)
    }
    // undo and redo belong to annotation editing, which handles them where it lives.
  })

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('common:skipToContent')}
      </a>
      <Sidebar route={route} navigate={navigate} />
      <main id="main" className="main">
        <ReadOnlyBanner />
        {route.view === 'reader' ? (
          <ReaderView key="reader" id={route.id} version={route.version} at={route.at} onBack={toLibrary} onOpen={open} />
        ) : route.view === 'entities' ? (
          <EntitiesView onOpen={openEntity} onOpenLibrary={toLibrary} />
        ) : route.view === 'entity' ? (
          <EntityView key={route.id} id={route.id} onOpenArticle={open} onOpenEntity={openEntity} onBack={toEntities} onDeleted={toTrash} />
        ) : route.view === 'explore' ? (
          <ExploreView entity={route.entity} navigate={navigate} />
        ) : route.view === 'concordance' ? (
          <ConcordanceView query={route.q} onQuery={(q) => navigate({ view: 'concordance', q })} />
        ) : route.view === 'trash' ? (
          <TrashView onChanged={trashChanged} />
        ) : route.view === 'settings' ? (
          <SettingsView focusArchive={archiveSignal} />
        ) : (
          <LibraryView onOpen={open} lastOpened={lastOpened} findSignal={findSignal} onOpenSettings={toSettings} onOpenTrash={toTrash} />
        )}
      </main>
      <FileChooser />
      <DropZone />
      <ImportDialog onOpen={open} />
      <ExportDialog />
      <BundleImportDialog onApplied={trashChanged} />
    </div>
  )
}

function Ready() {
  const { t } = useTranslation()
  const { ready } = useSettings()
  if (!ready) return <Spinner label={t('common:starting')} />
  return (
    <LibraryProvider>
      <ExportProvider>
        <BundleImportProvider>
          <ImportProvider>
            <RegistryProvider>
              <Shell />
            </RegistryProvider>
          </ImportProvider>
        </BundleImportProvider>
      </ExportProvider>
    </LibraryProvider>
  )
}

export function App() {
  return (
    <SettingsProvider>
      <Ready />
    </SettingsProvider>
  )
}
