import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react'

interface BundleImportState {
  /** The bundle being checked, previewed or applied. */
  file: File | null
  openBundle: (file: File) => void
  close: () => void
}

const BundleImportContext = createContext<BundleImportState | null>(null)

/** A .zip among imported files is a bundle (see features/import/import-context.tsx). */
export const isBundleFile = (file: File): boolean => /\.zip$/i.test(file.name)

export function BundleImportProvider({ children }: { children: ReactNode }) {
  const [file, setFile] = useState<File | null>(null)
  const openBundle = useCallback((next: File) => setFile(next), [])
  const close = useCallback(() => setFile(null), [])
  const value = useMemo(() => ({ file, openBundle, close }), [file, openBundle, close])
  return <BundleImportContext.Provider value={value}>{children}</BundleImportContext.Provider>
}

export function useBundleImport(): BundleImportState {
  const state = useContext(BundleImportContext)
  if (!state) throw new Error('useBundleImport outside BundleImportProvider')
  return state
}
