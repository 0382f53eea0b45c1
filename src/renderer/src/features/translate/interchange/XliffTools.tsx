import { useCallback, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { revisionOf } from '@shared/ipc/article-delta'
import type { XliffImportResult } from '@shared/ipc/interchange-contract'
import type { AppError } from '@shared/ipc/result'
import type { AnnotateSession } from '../../annotate/session/use-annotate-session'
import { toBase64 } from '../../import/read-files'
import { ExportXliffDialog } from './ExportXliffDialog'
import { ImportSummaryDialog } from './ImportSummaryDialog'
import { interchangeApi } from './interchange-api'
import './interchange.css'

interface Props {
  session: AnnotateSession
  articleId: string
  lang: string
  indexOf: (rowId: string) => number | null
  /** Says what happened, for screen readers. */
  onStatus: (message: string) => void
}

type Imported = { fileName: string; outcome: { ok: true; value: XliffImportResult } | { ok: false; error: AppError } }

/** The editor bar's XLIFF buttons: export for a CAT tool, and import what it gave back. */
export function XliffTools({ session, articleId, lang, indexOf, onStatus }: Props) {
  const { t } = useTranslation()
  const [exporting, setExporting] = useState(false)
  const [importing, setImporting] = useState(false)
  const [imported, setImported] = useState<Imported | null>(null)
  const fileInput = useRef<HTMLInputElement>(null)
  const { apply, view } = session

  const importFile = useCallback(
    async (file: File | undefined) => {
      if (!file) return
      setImporting(true)
      const result = await interchangeApi.importXliff({ data: await toBase64(file), articleId, ...(view ? { revision: revisionOf(view.doc) } : {}) })
      if (result.ok && result.value.change) await apply({ ok: true, value: result.value.change })
      setImporting(false)
      setImported({ fileName: file.name, outcome: result.ok ? { ok: true, value: result.value } : { ok: false, error: result.error } })
      onStatus(result.ok ? t('interchange:import.status', { count: result.value.updated.length }) : t('interchange:import.failedTitle'))
    },
    [apply, view, articleId, onStatus, t]
  )

  return (
    <>
      <button type="button" className="button button--small button--ghost" onClick={() => setExporting(true)} data-testid="xliff-export">
        {t('interchange:export.open')}
      </button>
      <button type="button" className="button button--small button--ghost" onClick={() => fileInput.current?.click()} disabled={importing} data-testid="xliff-import">
        {importing ? t('interchange:import.working') : t('interchange:import.open')}
      </button>
      <input
        ref={fileInput}
        type="file"
        accept=".xlf,.xliff,.xml,application/xliff+xml"
        hidden
        onChange={(event) => {
          void importFile(event.target.files?.[0])
          event.target.value = ''
        }}
        data-testid="xliff-import-file"
      />
      {exporting && (
        <ExportXliffDialog
          articleId={articleId}
          lang={lang}
          onClose={() => setExporting(false)}
          onDone={(fileName, units) => {
            setExporting(false)
            onStatus(t('interchange:export.done', { file: fileName, count: units }))
          }}
        />
      )}
      {imported && <ImportSummaryDialog fileName={imported.fileName} outcome={imported.outcome} indexOf={indexOf} onClose={() => setImported(null)} />}
    </>
  )
}
