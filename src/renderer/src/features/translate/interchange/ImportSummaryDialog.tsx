import { useTranslation } from 'react-i18next'
import type { XliffImportResult } from '@shared/ipc/interchange-contract'
import type { AppError } from '@shared/ipc/result'
import { errorText } from '../../../errors'
import { closeOnEscape } from './close-on-escape'
import { formatNumber } from '../../../format'
import { DialogHeader } from '../../../components/DialogHeader'

interface Props {
  fileName: string
  /** What the import did, or why the file was refused (then nothing was applied). */
  outcome: { ok: true; value: XliffImportResult } | { ok: false; error: AppError }
  /** Segment numbers (1-based) by row id, to name the units the way the editor does. */
  indexOf: (rowId: string) => number | null
  onClose: () => void
}

/** After an XLIFF import: how many units were updated or unchanged, and which were not applied and why. */
export function ImportSummaryDialog({ fileName, outcome, indexOf, onClose }: Props) {
  const { t, i18n } = useTranslation()
  const fmt = (n: number) => formatNumber(n, i18n.language)
  const name = (id: string) => {
    const index = indexOf(id)
    return index === null ? id : t('interchange:import.segment', { index })
  }
  return (
    <div className="modal" onKeyDown={(event) => closeOnEscape(event, onClose)}>
      <div className="modal__panel xliff-dialog" role="dialog" aria-modal="true" aria-labelledby="xliff-import-title" data-testid="xliff-import-summary">
        <DialogHeader id="xliff-import-title" title={t(outcome.ok ? 'interchange:import.title' : 'interchange:import.failedTitle')} onClose={onClose} />
        <div className="modal__body xliff-dialog__body">
          <p className="xliff-dialog__file">{fileName}</p>
          {outcome.ok ? (
            <>
              <dl className="xliff-summary">
                {(['updated', 'unchanged', 'unknown', 'sourceChanged'] as const).map((key) => (
                  <div key={key} className={`xliff-summary__item xliff-summary__item--${key}${outcome.value[key].length === 0 ? ' is-zero' : ''}`} data-testid={`xliff-${key}`}>
                    <dt>{t(`interchange:import.${key}`)}</dt>
                    <dd>{fmt(outcome.value[key].length)}</dd>
                  </div>
                ))}
              </dl>
              {outcome.value.unknown.length > 0 && <p className="xliff-dialog__hint">{t('interchange:import.unknownHint', { list: outcome.value.unknown.join(', ') })}</p>}
              {outcome.value.sourceChanged.length > 0 && (
                <p className="xliff-dialog__hint">{t('interchange:import.sourceChangedHint', { list: outcome.value.sourceChanged.map(name).join(', ') })}</p>
              )}
              {outcome.value.updated.length > 0 && <p className="xliff-dialog__hint">{t('interchange:import.undoHint')}</p>}
            </>
          ) : (
            <p className="notice notice--error" role="alert" data-testid="xliff-import-error">
              {errorText(t, outcome.error)}
            </p>
          )}
        </div>
        <footer className="modal__footer">
          <button type="button" className="button button--primary" onClick={onClose} autoFocus data-testid="xliff-import-close">
            {t('interchange:import.close')}
          </button>
        </footer>
      </div>
    </div>
  )
}
