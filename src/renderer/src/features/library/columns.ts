import type { SortKey } from './sort-filter'

/** The library's columns, in order; widths feed one CSS grid shared by header and rows. */
export const COLUMNS: { key: SortKey; labelKey: string; numeric?: boolean }[] = [
  { key: 'title', labelKey: 'library:columns.title' },
  { key: 'date', labelKey: 'library:columns.date' },
  { key: 'source', labelKey: 'library:columns.source' },
  { key: 'language', labelKey: 'library:columns.language' },
  { key: 'annotationCount', labelKey: 'library:columns.annotations', numeric: true }
]
