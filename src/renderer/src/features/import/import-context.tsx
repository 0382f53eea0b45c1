import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react'
import { IMPORT_MAX_BYTES } from '@shared/model/defaults'
import type { ImportOutcome } from '@shared/model'
import { api } from '../../api'
import { useLibrary } from '../../app/library-context'
import { pairBratFiles, type ImportItem } from './brat-pairs'
import { isBundleFile, useBundleImport } from '../export/bundle-import-context'
import { toBase64 } from './read-files'

export interface ImportRun {
  total: number
  done: number
  current: string | null
  outcomes: ImportOutcome[]
  finished: boolean
}

interface ImportState {
  run: ImportRun | null
  start: (files: File[]) => Promise<void>
  dismiss: () => void
  /** Opens the system file chooser (the hidden <input type=file multiple>). */
  choose: () => void
  registerChooser: (open: () => void) => void
}

const ImportContext = createContext<ImportState | null>(null)

const MB = 1024 * 1024

async function importOne({ file, ann }: ImportItem): Promise<ImportOutcome> {
  const name = file.webkitRelativePath || file.name
  // Refuse oversized files here rather than reading hundreds of megabytes into memory.
  if (file.size > IMPORT_MAX_BYTES) {
    return {
      file: name,
      status: 'failed',
      reason: `File is larger than ${IMPORT_MAX_BYTES / MB} MB`,
      reasonCode: 'client.tooLarge',
      reasonParams: { limit: IMPORT_MAX_BYTES / MB }
    }
  }
  try {
    const result = await api.importContent({ name, data: await toBase64(file), ...(ann ? { ann: await toBase64(ann) } : {}) })
    if (result.ok) return { ...result.value, file: name }
    return { file: name, status: 'failed', reason: result.error.message, reasonCode: result.error.code, reasonParams: result.error.params }
  } catch (error) {
    return { file: name, status: 'failed', reason: error instanceof Error ? error.message : String(error), reasonCode: 'client.unreadable' }
  }
}

export function ImportProvider({ children }: { children: ReactNode }) {
  const { reload } = useLibrary()
  const [run, setRun] = useState<ImportRun | null>(null)
  const busy = useRef(false)
  const chooser = useRef<() => void>(() => undefined)
  const { openBundle } = useBundleImport()

  const start = useCallback(
    async (chosen: File[]) => {
      // A bundle (.zip) goes to its own dialog: checked, previewed, then applied.
      const bundle = chosen.find(isBundleFile)
      if (bundle) openBundle(bundle)
      const rest = chosen.filter((file) => !isBundleFile(file))
      if (busy.current || rest.length === 0) return
      // A brat .txt and its .ann are one article: imported together, counted once.
      const files = pairBratFiles(rest)
      busy.current = true
      const outcomes: ImportOutcome[] = []
      setRun({ total: files.length, done: 0, current: files[0]?.file.name ?? null, outcomes, finished: false })
      // One file at a time: the progress bar is real and each outcome is durable when shown.
      for (const [index, item] of files.entries()) {
        setRun({ total: files.length, done: index, current: item.file.name, outcomes: [...outcomes], finished: false })
        outcomes.push(await importOne(item))
      }
      setRun({ total: files.length, done: files.length, current: null, outcomes, finished: true })
      busy.current = false
      if (outcomes.some((outcome) => outcome.status === 'imported')) await reload()
    },
    [reload, openBundle]
  )

  const value = useMemo<ImportState>(
    () => ({
      run,
      start,
      dismiss: () => setRun((current) => (current?.finished ? null : current)),
      choose: () => chooser.current(),
      registerChooser: (open) => {
        chooser.current = open
      }
    }),
    [run, start]
  )
  return <ImportContext.Provider value={value}>{children}</ImportContext.Provider>
}

export function useImport(): ImportState {
  const state = useContext(ImportContext)
  if (!state) throw new Error('useImport outside ImportProvider')
  return state
}
