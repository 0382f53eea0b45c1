import { useTranslation } from 'react-i18next'

export type Progress = { file: string; stage: 'parsing' | 'indexing'; done: number; total: number }

/** How far a TMX import has come (as main last reported it), with the button that cancels it. */
export function TmxImportProgress({ file, progress, cancelling, onCancel }: { file: string; progress: Progress | null; cancelling: boolean; onCancel: () => void }) {
  const { t } = useTranslation()
  const text = cancelling
    ? t('translate:memory.cancelling', { file })
    : progress?.stage === 'indexing' && progress.total > 0
      ? t('translate:memory.importIndexing', { file, done: progress.done.toLocaleString(), total: progress.total.toLocaleString() })
      : t('translate:memory.importReading', { file })
  return (
    <div className="tm-tmx__message tm-tmx__progress">
      <p role="status" data-testid="tmx-progress">
        {text}
      </p>
      <button type="button" className="button button--ghost button--small" disabled={cancelling} onClick={onCancel} data-testid="cancel-tmx-import">
        {t('translate:memory.cancelImport')}
      </button>
    </div>
  )
}
