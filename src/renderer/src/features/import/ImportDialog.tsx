import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportOutcome } from '@shared/model'
import { ProgressBar } from '../../components/ProgressBar'
import { formatNumber } from '../../format'
import { useImport } from './import-context'
import { DialogHeader } from '../../components/DialogHeader'

function OutcomeRow({ outcome, onOpen }: { outcome: ImportOutcome; onOpen: (id: string) => void }) {
  const { t } = useTranslation()
  const reason =
    outcome.status === 'failed'
      ? outcome.reasonCode
        ? t(`errors:${outcome.reasonCode}`, { ...(outcome.reasonParams ?? {}), defaultValue: outcome.reason ?? '' })
        : (outcome.reason ?? '')
      : outcome.status === 'duplicate'
        ? t('importer:alreadyInArchive')
        : (outcome.title ?? '')
  return (
    <li className={`outcome outcome--${outcome.status}`}>
      <span className="outcome__badge">{t(`importer:status.${outcome.status}`)}</span>
      <span className="outcome__body">
        <span className="outcome__file">{outcome.file}</span>
        {reason && <span className="outcome__reason">{reason}</span>}
        {outcome.status === 'imported' && outcome.annotations !== undefined && (
          <span className="outcome__reason" data-testid="outcome-annotations">
            {outcome.articles && outcome.articles.length > 1
              ? t('importer:annotationsIn', { count: outcome.annotations, articles: outcome.articles.length })
              : t('importer:annotations', { count: outcome.annotations })}
          </span>
        )}
      </span>
      {outcome.id && outcome.status !== 'failed' && (
        <button type="button" className="button button--ghost button--small" onClick={() => onOpen(outcome.id as string)}>
          {t('importer:open')}
        </button>
      )}
    </li>
  )
}

/** Progress while importing, then one line per file: imported, duplicate or failed and why. */
export function ImportDialog({ onOpen }: { onOpen: (id: string) => void }) {
  const { t, i18n } = useTranslation()
  const { run, dismiss } = useImport()
  const closeButton = useRef<HTMLButtonElement>(null)
  const panel = useRef<HTMLDivElement>(null)
  const finished = run?.finished ?? false
  const open = run !== null

  // Focus moves into the dialog when it opens, and to Done when the import is over.
  useEffect(() => {
    if (open) panel.current?.focus()
  }, [open])
  useEffect(() => {
    if (finished) closeButton.current?.focus()
  }, [finished])

  if (!run) return null
  const count = (status: ImportOutcome['status']) => run.outcomes.filter((o) => o.status === status).length
  const fmt = (n: number) => formatNumber(n, i18n.language)
  return (
    <div
      className="modal"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return
        event.stopPropagation()
        dismiss()
      }}
    >
      <div ref={panel} tabIndex={-1} className="modal__panel" role="dialog" aria-modal="true" aria-labelledby="import-title" data-testid="import-dialog">
        <DialogHeader id="import-title" title={finished ? t('importer:doneTitle') : t('importer:runningTitle')} onClose={finished ? dismiss : undefined} />
        <div className="modal__body">
          <ProgressBar value={run.done} max={run.total} label={t('importer:progressLabel')} />
          <p className="import-summary" aria-live="polite">
            {finished
              ? t('importer:summary', { imported: fmt(count('imported')), duplicate: fmt(count('duplicate')), failed: fmt(count('failed')) })
              : t('importer:progress', { done: fmt(run.done), total: fmt(run.total), file: run.current ?? '' })}
          </p>
          {run.outcomes.length > 0 && (
            <ul className="outcomes" aria-label={t('importer:outcomes')}>
              {run.outcomes.map((outcome, index) => (
                <OutcomeRow
                  key={`${index}:${outcome.file}`}
                  outcome={outcome}
                  onOpen={(id) => {
                    dismiss()
                    onOpen(id)
                  }}
                />
              ))}
            </ul>
          )}
        </div>
        {finished && (
          <footer className="modal__footer">
            <button ref={closeButton} type="button" className="button button--primary" onClick={dismiss}>
              {t('common:done')}
            </button>
          </footer>
        )}
      </div>
    </div>
  )
}
