import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Icon } from '../../../components/Icon'
import { errorText } from '../../../errors'
import { toBase64 } from '../../import/read-files'
import { downloadText } from '../download-text'
import { memoryApi } from './memory-api'

/** Export the memory or this article as TMX (a download), and import a TMX file into the memory, with a summary. */
export function TmxActions({ articleId, onImported }: { articleId: string; onImported: () => void }) {
  const { t } = useTranslation()
  const file = useRef<HTMLInputElement>(null)
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null)
  const [busy, setBusy] = useState(false)

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
    const result = await memoryApi.importTmx({ name: chosen.name, data: await toBase64(chosen) })
    setBusy(false)
    if (!result.ok) return setMessage({ tone: 'error', text: errorText(t, result.error) })
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
      {message && (
        <p className={`tm-tmx__message notice${message.tone === 'error' ? ' notice--error' : ''}`} role="status" data-testid="tmx-message">
          {message.text}
        </p>
      )}
    </footer>
  )
}
