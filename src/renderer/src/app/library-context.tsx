import { createContext, useCallback, useContext, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { ArchiveInfo } from '@shared/ipc/contract'
import type { AppError } from '@shared/ipc/result'
import type { ArticleListItem } from '@shared/ipc/contract'
import { api, subscribeChanges } from '../api'
import { patchRows, sortRows, toRows, visibleSummaries, type Row, type Sort } from '../features/library/sort-filter'
import { useSearch, type SearchState } from '../features/search/use-search'

type Status = { state: 'loading' } | { state: 'ready' } | { state: 'error'; error: AppError }

interface LibraryState {
  status: Status
  archive: ArchiveInfo | null
  total: number
  /** The rows as shown: filtered, then sorted. The reader's next/previous follow this order. */
  visible: ArticleListItem[]
  sort: Sort
  setSort: (sort: Sort) => void
  reload: () => Promise<void>
}

/** The filter as typed; apart, so a keystroke re-renders only what shows the query. */
interface LibraryQuery {
  query: string
  setQuery: (query: string) => void
}

const LibraryContext = createContext<LibraryState | null>(null)
const SearchContext = createContext<SearchState | null>(null)
const QueryContext = createContext<LibraryQuery | null>(null)
/** `reload` alone (a stable function): reading it does not re-render on every library change. */
const ReloadContext = createContext<(() => Promise<void>) | null>(null)

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
  const rowsRef = useRef(rows)
  useLayoutEffect(() => {
    rowsRef.current = rows
  })

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

  // Counts, titles and new or removed articles follow changes made in any window.
  useEffect(
    () =>
      subscribeChanges((event) => {
        if (event.type === 'resync') return void reload()
        if (event.type !== 'catalog') return
        setRows((before) => patchRows(before, event.put, event.removed))
        const known = new Set(rowsRef.current.map((row) => row.summary.id))
        if (event.removed.length > 0 || event.put.some((item) => !known.has(item.id))) {
          void api.archiveInfo({}).then((info) => info.ok && setArchive(info.value))
        }
      }),
    [reload]
  )

  const sorted = useMemo(() => sortRows(rows, sort, i18n.language), [rows, sort, i18n.language])
  const search = useSearch(deferredQuery)
  const searched = useMemo(() => {
    if (!search.results) return null
    const byId = new Map(rows.map((row) => [row.summary.id, row.summary]))
    return search.results.hits.flatMap((hit) => byId.get(hit.id) ?? [])
  }, [search.results, rows])
  // Until the index has answered a query, the titles filter at once; then its ranked hits
  // stay listed (also while the next query is on its way), so typing never blanks the list.
  const visible = useMemo(
    () => (deferredQuery.trim() !== '' && searched ? searched : visibleSummaries(sorted, deferredQuery)),
    [sorted, deferredQuery, searched]
  )

  const value = useMemo(
    () => ({ status, archive, total: rows.length, visible, sort, setSort, reload }),
    [status, archive, rows.length, visible, sort, reload]
  )
  const queryValue = useMemo(() => ({ query, setQuery }), [query])
  return (
    <LibraryContext.Provider value={value}>
      <QueryContext.Provider value={queryValue}>
        <SearchContext.Provider value={search}>
          <ReloadContext.Provider value={reload}>{children}</ReloadContext.Provider>
        </SearchContext.Provider>
      </QueryContext.Provider>
    </LibraryContext.Provider>
  )
}

export function useLibrary(): LibraryState {
  const state = useContext(LibraryContext)
  if (!state) throw new Error('useLibrary outside LibraryProvider')
  return state
}

/**
 * Reads the library again. For components that only reload it (the shell, the reader): unlike
 * `useLibrary`, a catalog change (an annotation count after every edit) does not re-render them.
 */
export function useLibraryReload(): () => Promise<void> {
  const reload = useContext(ReloadContext)
  if (!reload) throw new Error('useLibraryReload outside LibraryProvider')
  return reload
}

export function useLibraryQuery(): LibraryQuery {
  const state = useContext(QueryContext)
  if (!state) throw new Error('useLibraryQuery outside LibraryProvider')
  return state
}

/** The full-text search answering the library box (its hits are `visible`). */
export function useLibrarySearch(): SearchState {
  const state = useContext(SearchContext)
  if (!state) throw new Error('useLibrarySearch outside LibraryProvider')
  return state
}
