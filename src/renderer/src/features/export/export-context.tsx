import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react'

/** What an export was asked for from: the article open in the reader, the library's selection, or the menu. */
export interface ExportRequest {
  /** The reader's article. */
  articleId?: string
  /** The library's ticked articles. */
  selected?: string[]
}

interface ExportState {
  request: ExportRequest | null
  openExport: (request: ExportRequest) => void
  close: () => void
}

const ExportContext = createContext<ExportState | null>(null)

export function ExportProvider({ children }: { children: ReactNode }) {
  const [request, setRequest] = useState<ExportRequest | null>(null)
  const openExport = useCallback((next: ExportRequest) => setRequest(next), [])
  const close = useCallback(() => setRequest(null), [])
  const value = useMemo(() => ({ request, openExport, close }), [request, openExport, close])
  return <ExportContext.Provider value={value}>{children}</ExportContext.Provider>
}

export function useExport(): ExportState {
  const state = useContext(ExportContext)
  if (!state) throw new Error('useExport outside ExportProvider')
  return state
}
