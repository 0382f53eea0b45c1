import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { BundlePreview } from '@shared/bundle/merge-plan'
import type { BundleCheckResult } from '@shared/ipc/bundle-contract'
import { api } from '../../api'
import { Icon } from '../../components/Icon'
import { ProgressBar } from '../../components/ProgressBar'
import { errorText } from '../../errors'
import { formatMegabytes, formatNumber } from '../../format'
import { useBundleImport } from './bundle-import-context'
import { PreviewList } from './PreviewList'
import { useJob } from './use-job'
import { DialogHeader } from '../../components/DialogHeader'
import { useSendBundle } from './use-send-bundle'

/**
 * A bundle chosen in the import dialog: checked first (a refused one lists why and changes
 * nothing), then the preview of what would be added, updated and in conflict, and Apply.
 */
export function BundleImportDialog({ onApplied }: { onApplied: () => void }) {
  const { file, close } = useBundleImport()
  if (!file) return null
  return <BundlePanel key={`${file.name}:${file.lastModified}`} file={file} onClose={close} onApplied={onApplied} />
}

function BundlePanel({ file, onClose, onApplied }: { file: File; onClose: () => void; onApplied: () => void }) {
  const { t, i18n } = useTranslation()
  const check = useJob<BundleCheckResult>()
  const apply = useJob<BundlePreview>()
  const panel = useRef<HTMLDivElement>(null)
  const fmt = (n: number) => formatNumber(n, i18n.language)
  const size = (bytes: number) => formatMegabytes(bytes, i18n.language)
  // One upload and check per chosen file (the panel is keyed by it).
  const send = useSendBundle(file, check.follow)
  useEffect(() => panel.current?.focus(), [])
  const applied = apply.job?.state === 'done'
  useEffect(() => {
    if (applied) onApplied()
  }, [applied, onApplied])

  const checked = check.job?.state === 'done' ? check.job.result : undefined
  const running = check.job?.state === 'running' || apply.job?.state === 'running' || (!check.job && !check.error && !send.error)
  const failure = send.error ?? check.error ?? apply.error ?? (check.job?.state === 'failed' ? check.job.error : null) ?? (apply.job?.state === 'failed' ? apply.job.error : null)
  const title = applied ? t('bundle:importDialog.appliedTitle') : checked?.problems.length ? t('bundle:importDialog.refusedTitle') : t('bundle:importDialog.title')
  return (
    <div className="modal" onKeyDown={(event) => event.key === 'Escape' && !running && (event.stopPropagation(), onClose())}>
      <div ref={panel} tabIndex={-1} className="modal__panel export-dialog" role="dialog" aria-modal="true" aria-labelledby="bundle-title" data-testid="bundle-dialog">
        <DialogHeader id="bundle-title" title={title} onClose={running ? undefined : onClose} />
        <div className="modal__body">
          <p className="export-dialog__file">
            <Icon name="file" size={16} /> {file.name}
          </p>
          {send.sent ? (
            <>
              <ProgressBar value={send.sent.done} max={send.sent.total} label={t('bundle:importDialog.uploading', { done: size(send.sent.done), total: size(send.sent.total) })} />
              <p className="import-summary" data-testid="bundle-upload">
                {t('bundle:importDialog.uploading', { done: size(send.sent.done), total: size(send.sent.total) })}
              </p>
            </>
          ) : (
            running && (
              <>
                <ProgressBar value={0} max={0} label={t('bundle:importDialog.checking')} />
                <p className="import-summary">{t(apply.job ? 'bundle:importDialog.applying' : 'bundle:importDialog.checking')}</p>
              </>
            )
          )}
          {failure && (
            <p className="notice notice--error" role="alert">
              {errorText(t, failure)}
            </p>
          )}
          {checked && checked.problems.length > 0 && (
            <>
              <p className="notice notice--error" role="alert">
                {t('bundle:importDialog.refused', { count: checked.problems.length, formatted: fmt(checked.problems.length) })}
              </p>
              <ul className="outcomes" data-testid="bundle-problems">
                {checked.problems.map((p, i) => (
                  <li key={i} className="outcome outcome--failed">
                    <span className="outcome__body">
                      <span className="outcome__file">{p.file}</span>
                      <span className="outcome__reason">{t(`bundle:problem.${p.problem}`)}</span>
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
          {checked?.preview && <PreviewList preview={apply.job?.result ?? checked.preview} applied={applied} />}
        </div>
        <footer className="modal__footer">
          {send.sent && (
            <button
              type="button"
              className="button button--ghost"
              onClick={() => {
                send.cancel()
                onClose()
              }}
            >
              {t('bundle:importDialog.cancelUpload')}
            </button>
          )}
          {checked?.ticket && !apply.job && (
            <>
              <button type="button" className="button button--ghost" onClick={onClose}>
                {t('bundle:dialog.cancel')}
              </button>
              <button type="button" className="button button--primary" onClick={() => void api.startBundleApply({ ticket: checked.ticket! }).then(apply.follow)}>
                {t('bundle:importDialog.apply')}
              </button>
            </>
          )}
          {!running && (apply.job || !checked?.ticket) && (
            <button type="button" className="button button--primary" onClick={onClose}>
              {t('common:done')}
            </button>
          )}
        </footer>
      </div>
    </div>
  )
}
