import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ExportResult, FormatId } from '@shared/ipc/bundle-contract'
import { api } from '../../api'
import { Icon } from '../../components/Icon'
import { ProgressBar } from '../../components/ProgressBar'
import { formatNumber } from '../../format'
import { useExport, type ExportRequest } from './export-context'
import { FormatChoice } from './FormatChoice'
import { downloadUrl, saveExport } from './save-export'
import { useJob } from './use-job'
import { DialogHeader } from '../../components/DialogHeader'

type Scope = 'article' | 'selected' | 'all'

const scopesOf = (request: ExportRequest): Scope[] => [...(request.articleId ? ['article' as const] : []), ...(request.selected?.length ? ['selected' as const] : []), 'all']

/** Scope, formats, then a progress bar with Cancel, then a summary and the bundle to save. */
export function ExportDialog() {
  const { request, close } = useExport()
  if (!request) return null
  return <ExportPanel request={request} onClose={close} />
}

function ExportPanel({ request, onClose }: { request: ExportRequest; onClose: () => void }) {
  const { t, i18n } = useTranslation()
  const scopes = scopesOf(request)
  const [scope, setScope] = useState<Scope>(scopes[0]!)
  const [available, setAvailable] = useState<FormatId[]>([])
  const [formats, setFormats] = useState<FormatId[]>([])
  const [saveError, setSaveError] = useState<string | null>(null)
  const { job, error, follow, cancel } = useJob<ExportResult>()
  const panel = useRef<HTMLDivElement>(null)
  const fmt = (n: number) => formatNumber(n, i18n.language)

  useEffect(() => panel.current?.focus(), [])
  useEffect(() => {
    void api.exportFormats({}).then((result) => {
      if (!result.ok) return
      setAvailable(result.value)
      setFormats(result.value)
    })
  }, [])
  const done = job?.state === 'done' ? job : null
  useEffect(() => {
    if (done) void saveExport(done).then((failure) => setSaveError(failure?.message ?? null))
  }, [done])

  const running = job?.state === 'running'
  const start = async () => {
    const ids = scope === 'article' ? [request.articleId!] : scope === 'selected' ? request.selected : undefined
    follow(await api.startExport({ ...(ids ? { ids } : {}), formats }))
  }
  const dismiss = () => {
    if (running) cancel()
    onClose()
  }
  const count = (s: Scope) => (s === 'article' ? 1 : s === 'selected' ? (request.selected?.length ?? 0) : null)

  return (
    <div className="modal" onKeyDown={(event) => event.key === 'Escape' && (event.stopPropagation(), dismiss())}>
      <div ref={panel} tabIndex={-1} className="modal__panel export-dialog" role="dialog" aria-modal="true" aria-labelledby="export-title" data-testid="export-dialog">
        <DialogHeader id="export-title" title={t('bundle:dialog.title')} onClose={dismiss} />
        <div className="modal__body">
          {!job && (
            <>
              <fieldset className="export-dialog__group">
                <legend>{t('bundle:dialog.scope')}</legend>
                {scopes.map((s) => (
                  <label key={s} className="export-dialog__option">
                    <input type="radio" name="export-scope" checked={scope === s} onChange={() => setScope(s)} />
                    {t(`bundle:dialog.scopes.${s}`, { count: count(s) ?? 0, formatted: fmt(count(s) ?? 0) })}
                  </label>
                ))}
              </fieldset>
              <FormatChoice available={available} chosen={formats} onChange={setFormats} />
            </>
          )}
          {job && (
            <>
              <ProgressBar value={job.done} max={job.total} label={t('bundle:dialog.progressLabel')} />
              <p className="import-summary" aria-live="polite" data-testid="export-status">
                {job.state === 'running' && t('bundle:dialog.progress', { done: fmt(job.done), total: fmt(job.total) })}
                {job.state === 'cancelled' && t('bundle:dialog.cancelled')}
                {job.state === 'failed' && job.error?.message}
                {done?.result && t('bundle:dialog.summary', { articles: fmt(done.result.articles), files: fmt(done.result.files), size: (done.result.bytes / 1024).toFixed(1), name: done.result.fileName })}
              </p>
              {done?.result && !window.api && (
                <a className="button button--small" href={downloadUrl(done)} download={done.result.fileName}>
                  <Icon name="import" size={16} />
                  {t('bundle:dialog.downloadAgain')}
                </a>
              )}
            </>
          )}
          {(error || saveError) && (
            <p className="notice notice--error" role="alert">
              {error?.message ?? saveError}
            </p>
          )}
        </div>
        <footer className="modal__footer">
          {!job && (
            <button type="button" className="button button--primary" disabled={formats.length === 0} onClick={() => void start()}>
              {t('bundle:dialog.export')}
            </button>
          )}
          {running && (
            <button type="button" className="button" onClick={cancel}>
              {t('bundle:dialog.cancel')}
            </button>
          )}
          {job && !running && (
            <button type="button" className="button button--primary" onClick={onClose}>
              {t('common:done')}
            </button>
          )}
        </footer>
      </div>
    </div>
  )
}
