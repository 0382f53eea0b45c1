import { createContext, useCallback, useContext, useDeferredValue, useEffect, useMemo, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { ArchiveInfo } from '@shared/ipc/contract'
import type { AppError } from '@shared/ipc/result'
import type { ArticleSummary } from '@shared/model'
import { api } from '../api'
import { filterRows, sortRows, toRows, type Row, type Sort } from '../features/library/sort-filter'

type Status = { state: 'loading' } | { state: 'ready' } | { state: 'error'; error: AppError }

interface LibraryState {
  status: Status
  archive: ArchiveInfo | null
  total: number
  /** The rows as shown: filtered, then sorted. The reader's next/previous follow this order. */
  visible: ArticleSummary[]
  query: string
  setQuery: (query: string) => void
  sort: Sort
  setSort: (sort: Sort) => void
  reload: () => Promise<void>
}

const LibraryContext = createContext<LibraryState | null>(null)

const load = () => Promise.all([api.listArticles({}), api.archiveInfo({})])

export function LibraryProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation()
  const [rows, setRows] = useState<Row[]>([])
  const [status, setStatus] = useState<Status>({ state: 'loading' })
  const [archive, setArchive] = useState<ArchiveInfo | null>(null)
  const [query, setQuery] = useState('')
  const [sort, setSort] = useState<Sort>({ key: 'date', direction: 'desc' })
  // Typing stays responsive at 10,000 rows: the input updates now, the list when it can.
  const deferredQuery = useDeferredValue(query)

  const apply = useCallback(([result, info]: Awaited<ReturnType<typeof load>>) => {
    if (info.ok) setArchive(info.value)
    if (result.ok) {
      setRows(toRows(result.value))
      setStatus({ state: 'ready' })
    } else {
      setStatus({ state: 'error', error: result.error })
    }
  }, [])
  const reload = useCallback(async () => apply(await load()), [apply])

  useEffect(() => {
    let live = true
    void load().then((loaded) => live && apply(loaded))
    return () => {
      live = false
    }
  }, [apply])

  const sorted = useMemo(() => sortRows(rows, sort, i18n.language), [rows, sort, i18n.language])
  const visible = useMemo(() => filterRows(sorted, deferredQuery).map((row) => row.summary), [sorted, deferredQuery])

  const value = useMemo(
    () => ({ status, archive, total: rows.length, visible, query, setQuery, sort, setSort, reload }),
    [status, archive, rows.length, visible, query, sort, reload]
  )
  return <LibraryContext.Provider value={value}>{children}</LibraryContext.Provider>
}

export function useLibrary(): LibraryState {
  const state = useContext(LibraryContext)
  if (!state) throw new Error('useLibrary outside LibraryProvider')
  return state
}
