import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppError } from '@shared/ipc/result'
import { subscribeChanges } from '../../../api'
import { Icon } from '../../../components/Icon'
import { errorText } from '../../../errors'
import { toBase64 } from '../../import/read-files'
import { downloadText } from '../download-text'
import { memoryApi } from './memory-api'
import { TmxImportProgress, type Progress } from './TmxImportProgress'

/** The id a cancel names its import by. */
const newImportId = (): string => Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0')).join('')

/** The parser's own (untranslated) words of an XML error: a technical second line, never the message. */
const parserWords = (error: AppError): string | undefined => {
  const detail = error.params?.detail
  return error.code.startsWith('xml.') && typeof detail === 'string' && detail !== '' ? detail : undefined
}

/** The last `memoryImport` event main published (how far a TMX import is), and a way to forget it. */
function useImportProgress(): [Progress | null, () => void] {
  const [progress, setProgress] = useState<Progress | null>(null)
  useEffect(() => subscribeChanges((event) => event.type === 'memoryImport' && setProgress(event)), [])
  return [progress, () => setProgress(null)]
}

/** Export the memory or this article as TMX (a download), and import a TMX file into the memory, with a summary. */
export function TmxActions({ articleId, onImported }: { articleId: string; onImported: () => void }) {
  const { t } = useTranslation()
  const file = useRef<HTMLInputElement>(null)
  const [message, setMessage] = useState<{ tone: 'ok' | 'cancelled' | 'error'; text: string; detail?: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const [importing, setImporting] = useState<string | null>(null)
  const importId = useRef('')
  const [cancelling, setCancelling] = useState(false)
  const [lastProgress, forgetProgress] = useImportProgress()
  const progress = importing !== null && lastProgress?.file === importing ? lastProgress : null

  const exportTmx = async (scope: 'memory' | 'article') => {
    setBusy(true)
    const result = await memoryApi.exportTmx(scope === 'article' ? { articleId } : {})
    setBusy(false)
    if (!result.ok) return setMessage({ tone: 'error', text: errorText(t, result.error) })
    downloadText(result.value.fileName, result.value.text, 'application/x-tmx+xml')
    setMessage({ tone: 'ok', text: t('translate:memory.exported', { count: result.value.units, file: result.value.fileName }) })
  }
  const importTmx = async (chosen: File) => {
    setBusy(true)
    setMessage(null)
    forgetProgress()
    setImporting(chosen.name)
    setCancelling(false)
    const id = (importId.current = newImportId())
    const result = await memoryApi.importTmx({ name: chosen.name, data: await toBase64(chosen), importId: id })
    setBusy(false)
    setImporting(null)
    // A cancel the translator asked for is news, not an error.
    if (!result.ok && result.error.code === 'memory.importCancelled') return setMessage({ tone: 'cancelled', text: t('translate:memory.importCancelled', { file: chosen.name }) })
    if (!result.ok) return setMessage({ tone: 'error', text: t('translate:memory.importRefused', { file: chosen.name, reason: errorText(t, result.error) }), detail: parserWords(result.error) })
    setMessage({ tone: 'ok', text: t('translate:memory.imported', { file: chosen.name, ...result.value }) })
    onImported()
  }

  return (
    <footer className="tm-tmx">
      <div className="tm-tmx__buttons">
        <button type="button" className="button button--small" disabled={busy} onClick={() => void exportTmx('memory')} data-testid="export-tmx">
          <Icon name="file" size={16} />
          {t('translate:memory.exportMemory')}
        </button>
        <button type="button" className="button button--ghost button--small" disabled={busy} onClick={() => void exportTmx('article')} data-testid="export-article-tmx">
          {t('translate:memory.exportArticle')}
        </button>
        <button type="button" className="button button--ghost button--small" disabled={busy} onClick={() => file.current?.click()} data-testid="import-tmx">
          <Icon name="import" size={16} />
          {t('translate:memory.importTmx')}
        </button>
        <input
          ref={file}
          type="file"
          accept=".tmx,.xml"
          hidden
          data-testid="import-tmx-file"
          onChange={(event) => {
            const chosen = event.target.files?.[0]
            event.target.value = ''
            if (chosen) void importTmx(chosen)
          }}
        />
      </div>
      {importing !== null && (
        <TmxImportProgress
          file={importing}
          progress={progress}
          cancelling={cancelling}
          onCancel={() => {
            setCancelling(true)
            void memoryApi.cancelTmxImport({ importId: importId.current })
          }}
        />
      )}
      {message && (
        <div className={`tm-tmx__message notice${message.tone === 'error' ? ' notice--error' : ''}${message.tone === 'cancelled' ? ' tm-tmx__cancelled' : ''}`} role="status" data-testid="tmx-message">
          <p>{message.text}</p>
          {message.detail && (
            <p className="tm-tmx__detail" data-testid="tmx-message-detail">
              {t('translate:memory.parserSaid', { detail: message.detail })}
            </p>
          )}
        </div>
      )}
    </footer>
  )
}
