import type { ArticleDoc } from '@shared/model'

/** The part of the archive the importer needs; the archive implements it, tests fake it. */
export interface ImportTarget {
  /** The id of the article whose main text has this hash, if any. */
  findByTextHash(hash: string): string | undefined
  /** Stores a new article; resolves once it is durable. */
  create(doc: ArticleDoc): Promise<void>
}

/** Failure messages are looked up as `errors:<reasonCode>`, e.g. `errors:import.empty`. */
export type { Translate } from '../../i18n'
import type { Translate } from '../../i18n'
import type { AnnotatedTarget } from './annotated/import-annotated'
import type { ParsedInput } from './parse-input'

export interface ImportDeps {
  target: ImportTarget
  /** The archive's text hash (sha256 of the whitespace-normalised NFC text): how duplicates are found. */
  hash: (text: string) => string
  t: Translate
  /** Who imports, for the history; defaults to the OS user name, else "scriptorium". */
  actor?: string
  /** The clock, for importedAt and the history; defaults to now. */
  now?: () => Date
  /** Reads a file's bytes into an article; defaults to parseIsolated (a worker with limits). */
  parse?: (fileName: string, bytes: Uint8Array) => Promise<ParsedInput>
  /** Where other tools' annotated files (brat, CoNLL, doccano) go; without it they are refused. */
  annotated?: AnnotatedTarget
}
