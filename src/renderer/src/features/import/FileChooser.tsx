import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useImport } from './import-context'

/** The hidden <input type=file multiple> behind the Import button and File → Import…. */
export function FileChooser() {
  const { t } = useTranslation()
  const { start, registerChooser } = useImport()
  const input = useRef<HTMLInputElement>(null)
  useEffect(() => registerChooser(() => input.current?.click()), [registerChooser])
  return (
    <input
      ref={input}
      type="file"
      multiple
      hidden
      data-testid="import-input"
      aria-label={t('importer:chooseFiles')}
      accept=".txt,.md,.markdown,.html,.htm,.json,.ann,.conll,.iob,.iob2,.bio,.jsonl,.zip,text/plain,text/markdown,text/html,application/json,application/zip"
      onChange={(event) => {
        const files = Array.from(event.currentTarget.files ?? [])
        // Reset so choosing the same file again still fires a change.
        event.currentTarget.value = ''
        void start(files)
      }}
    />
  )
}
