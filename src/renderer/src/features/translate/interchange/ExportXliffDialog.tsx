import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { XliffVersion } from '@shared/ipc/interchange-contract'
import type { AppError } from '@shared/ipc/result'
import { SegmentedControl } from '../../../components/SegmentedControl'
import { errorText } from '../../../errors'
import { closeOnEscape } from './close-on-escape'
import { downloadText } from '../download-text'
import { interchangeApi } from './interchange-api'
import { DialogHeader } from '../../../components/DialogHeader'

interface Props {
  articleId: string
  lang: string
  onClose: () => void
  /** Done: the file offered, with its name and number of units. */
  onDone: (fileName: string, units: number) => void
}

/** Exports the translation as XLIFF 2.1 (states, notes, MT, entity markup) or 1.2 for older tools. */
export function ExportXliffDialog({ articleId, lang, onClose, onDone }: Props) {
  const { t } = useTranslation()
  const [version, setVersion] = useState<XliffVersion>('2.1')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<AppError | null>(null)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (busy) return
    setBusy(true)
    setError(null)
    const result = await interchangeApi.exportXliff({ articleId, lang, version })
    setBusy(false)
    if (!result.ok) return setError(result.error)
    downloadText(result.value.fileName, result.value.content, 'application/xliff+xml')
    onDone(result.value.fileName, result.value.units)
  }

  return (
    <div className="modal" onKeyDown={(event) => closeOnEscape(event, busy ? null : onClose)}>
      <div className="modal__panel xliff-dialog" role="dialog" aria-modal="true" aria-labelledby="xliff-export-title" data-testid="xliff-export-dialog">
        <form onSubmit={(event) => void submit(event)} noValidate>
          <DialogHeader id="xliff-export-title" title={t('interchange:export.title')} onClose={onClose} closeDisabled={busy} />
          <div className="modal__body xliff-dialog__body">
            <SegmentedControl<XliffVersion>
              name="xliff-version"
              label={t('interchange:export.versionLabel')}
              value={version}
              onChange={setVersion}
              options={[
                { value: '2.1', label: t('interchange:export.version21') },
                { value: '1.2', label: t('interchange:export.version12') }
              ]}
            />
            <p className="xliff-dialog__hint">{t(version === '2.1' ? 'interchange:export.hint21' : 'interchange:export.hint12')}</p>
            {error && (
              <p className="notice notice--error" role="alert">
                {errorText(t, error)}
              </p>
            )}
          </div>
          <footer className="modal__footer">
            <button type="button" className="button" onClick={onClose} disabled={busy}>
              {t('interchange:cancel')}
            </button>
            <button type="submit" className="button button--primary" disabled={busy} autoFocus data-testid="xliff-export-submit">
              {busy ? t('interchange:export.working') : t('interchange:export.submit')}
            </button>
          </footer>
        </form>
      </div>
    </div>
  )
}
