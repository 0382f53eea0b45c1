import { z } from 'zod'
import type { ArticleDoc, ArticleSummary, Entity, ImportOutcome, Settings } from '../model'
import { Id, Settings as SettingsSchema } from '../model'
import {
  annotationOperations as a,
  type ArticleChange,
  type EntityPage,
  type EntitySummary,
  type OccurrenceView,
  type RegistryView,
  type SchemaChangeResult,
  type SuggestionView,
  type UndoResult,
  type UndoState
} from './annotation-contract'
import { archivistOperations as t, type TrashChange } from './archivist-contract'
import { bundleOperations as b, type BundleCheckResult, type ExportResult, type FormatId, type JobView } from './bundle-contract'
import type { BundlePreview } from '../bundle/merge-plan'
import type { TrashView } from '../model/trash'
import { exploreOperations as ex, type ExploreData } from './explore-contract'
import { interchangeOperations as ic, type XliffExport, type XliffImportResult } from './interchange-contract'
import { memoryOperations as tm, type ConcordanceHitView, type MemoryMatchView, type TmxExport, type TmxImportResult } from './memory-contract'
import { batchOperations as ba, type ArticleTagsView, type BatchResult, type LinkPreview } from './batch-contract'
import { searchOperations as se, type SearchIndexStatus, type SearchResults } from './search-contract'
import { concordanceOperations as co, type ConcordanceResult, type TagConcordanceResult } from './concordance-contract'
import { translationOperations as tr, type AddTranslationResult, type QaFindingView, type SegmentsView } from './translation-contract'

/** An operation: its input schema, and its output type carried as a phantom. */
interface Operation<I extends z.ZodType, O> {
  input: I
  output?: O
}
const operation = <I extends z.ZodType>(input: I) => ({ returns: <O>(): Operation<I, O> => ({ input }) })

const none = z.object({}).strict()

export interface ArticleView {
  doc: ArticleDoc
  /** The entities that the article's annotations link to. */
  entities: Entity[]
}

/** A library row: the catalog summary without what only the archive needs (the text hash). */
export type ArticleListItem = Omit<ArticleSummary, 'textHash'>

export interface ArchiveInfo {
  path: string
  articleCount: number
  quarantined: string[]
  catalogRebuilt: boolean
  /** Why nothing can be changed (an unwritable folder, or files of a newer Scriptorium); null when writable. */
  readOnly: 'archive.readOnly' | 'archive.newerVersion' | null
}

export interface AppInfo {
  version: string
  mode: 'electron' | 'browser'
  /** The operating system's UI locale, for the default interface language. */
  osLocale: string
}

/** Base64 of a file's bytes, bounded so a request stays under the server's body limit. */
const base64 = z.string().max(28 * 1024 * 1024).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64')

/**
 * THE list of operations. The preload, the HTTP server, the renderer client and the CLI are
 * derived from it: adding an operation is one entry here and one handler in main.
 */
export const contract = {
  appInfo: operation(none).returns<AppInfo>(),
  archiveInfo: operation(none).returns<ArchiveInfo>(),
  openArchive: operation(z.object({ path: z.string().min(1).max(4096), create: z.boolean() }).strict()).returns<ArchiveInfo>(),
  listArticles: operation(none).returns<ArticleListItem[]>(),
  getArticle: operation(z.object({ id: Id }).strict()).returns<ArticleView>(),
  importFiles: operation(z.object({ paths: z.array(z.string().min(1).max(4096)).min(1).max(100_000) }).strict()).returns<ImportOutcome[]>(),
  importContent: operation(z.object({ name: z.string().min(1).max(1024), data: base64, ann: base64.optional() }).strict()).returns<ImportOutcome>(),
  getSettings: operation(none).returns<Settings>(),
  updateSettings: operation(SettingsSchema.partial().strict()).returns<Settings>(),
  addAnnotation: operation(a.addAnnotation).returns<ArticleChange>(),
  addAnnotations: operation(a.addAnnotations).returns<ArticleChange>(),
  updateAnnotation: operation(a.updateAnnotation).returns<ArticleChange>(),
  deleteAnnotations: operation(a.deleteAnnotations).returns<ArticleChange>(),
  addRelation: operation(a.addRelation).returns<ArticleChange>(),
  updateRelation: operation(a.updateRelation).returns<ArticleChange>(),
  deleteRelation: operation(a.deleteRelation).returns<ArticleChange>(),
  /** Undo/redo in one scope: an article's changes, or (without articleId) the registry's. */
  undo: operation(a.undo).returns<UndoResult>(),
  redo: operation(a.redo).returns<UndoResult>(),
  undoState: operation(a.undoState).returns<UndoState>(),
  getRegistry: operation(a.getRegistry).returns<RegistryView>(),
  updateSchema: operation(a.updateSchema).returns<SchemaChangeResult>(),
  /** Creates an entity; with `link`, also links that annotation to it (one undo step). */
  createEntity: operation(a.createEntity).returns<EntitySummary>(),
  updateEntity: operation(a.updateEntity).returns<EntitySummary>(),
  mergeEntities: operation(a.mergeEntities).returns<EntitySummary>(),
  getEntity: operation(a.getEntity).returns<EntityPage>(),
  /** Detaches one mention from its entity onto a new entity of the same name. */
  splitMention: operation(a.splitMention).returns<ArticleChange>(),
  /** Other places where an annotation's text occurs, untagged with its type: a preview. */
  findOccurrences: operation(a.findOccurrences).returns<OccurrenceView[]>(),
  /** Tags the confirmed occurrences like the annotation (type, entity) as one undo step. */
  tagOccurrences: operation(a.tagOccurrences).returns<ArticleChange>(),
  suggest: operation(a.suggest).returns<SuggestionView[]>(),
  acceptSuggestions: operation(a.acceptSuggestions).returns<ArticleChange>(),
  rejectSuggestions: operation(a.rejectSuggestions).returns<ArticleChange>(),
  /** Edits an article's title, date, source, language or web address (one undo step of the article). */
  updateArticle: operation(t.updateArticle).returns<ArticleChange>(),
  /** Moves articles to trash/ (one undo step of the library scope). */
  deleteArticles: operation(t.deleteArticles).returns<TrashChange>(),
  /** Moves an entity to trash/ and unlinks its mentions (one undo step of the registry). */
  deleteEntity: operation(t.deleteEntity).returns<TrashChange>(),
  listTrash: operation(t.listTrash).returns<TrashView>(),
  /** Brings articles and entities back from trash/, relinking the entities' mentions. */
  restoreFromTrash: operation(t.restoreFromTrash).returns<TrashChange>(),
  /** Adds a translation, segmented and aligned with the original (one undo step of the article). */
  addTranslation: operation(tr.addTranslation).returns<AddTranslationResult>(),
  /** Marks the article's own text as machine translation with no original: monolingual post-editing. */
  markMachineTranslation: operation(tr.markMachineTranslation).returns<ArticleChange>(),
  /** A translation's aligned rows, source and target side by side, with the effort so far. */
  getSegments: operation(tr.getSegments).returns<SegmentsView>(),
  /** Replaces a row's target text and/or sets its status, note and seconds (one undo step). */
  postEdit: operation(tr.postEdit).returns<ArticleChange>(),
  splitSegment: operation(tr.splitSegment).returns<ArticleChange>(),
  /** Merges a row with the next one. */
  mergeSegments: operation(tr.mergeSegments).returns<ArticleChange>(),
  /** Moves the last sentence of a row's source or target to the next row (up), or the next row's first sentence into it (down). */
  moveBoundary: operation(tr.moveBoundary).returns<ArticleChange>(),
  /** Quality checks of a translation, messages in the interface language. */
  runQa: operation(tr.runQa).returns<{ findings: QaFindingView[] }>(),
  ignoreQaFinding: operation(tr.ignoreQaFinding).returns<ArticleChange>(),
  /** The bundle formats this build writes. */
  exportFormats: operation(b.exportFormats).returns<FormatId[]>(),
  /** Exports articles as a BagIt bundle in a worker: a job whose result is an ExportResult. */
  startExport: operation(b.startExport).returns<JobView<ExportResult>>(),
  /** Electron: the native save dialog for a finished export; null when the user cancelled it. */
  saveExport: operation(b.saveExport).returns<{ path: string | null }>(),
  /** Verifies a bundle and previews its import: a job whose result is a BundleCheckResult. */
  startBundleCheck: operation(b.startBundleCheck).returns<JobView<BundleCheckResult>>(),
  /** Imports a checked bundle (all or nothing): a job whose result is what was done. */
  startBundleApply: operation(b.startBundleApply).returns<JobView<BundlePreview>>(),
  jobStatus: operation(b.jobStatus).returns<JobView>(),
  cancelJob: operation(b.cancelJob).returns<JobView>(),
  /** One translation as an XLIFF 2.1 or 1.2 document for CAT tools. */
  exportXliff: operation(ic.exportXliff).returns<XliffExport>(),
  /** Brings a CAT tool's targets, states and notes back from an XLIFF 2 file (one undo step). */
  importXliff: operation(ic.importXliff).returns<XliffImportResult>(),
  /** Fuzzy matches (70 % and above) of a segment in the translation memory, best first. */
  memoryMatches: operation(tm.memoryMatches).returns<MemoryMatchView[]>(),
  /** Memory units whose source or target holds a text (CJK-aware substring search). */
  memoryConcordance: operation(tm.memoryConcordance).returns<{ hits: ConcordanceHitView[] }>(),
  /** TMX 1.4b of the memory or of one article's units. */
  exportTmx: operation(tm.exportTmx).returns<TmxExport>(),
  /** Adds a TMX file's units to the memory (memory/imported.json). */
  importTmx: operation(tm.importTmx).returns<TmxImportResult>(),
  /** Stops a TMX import unless its write has begun (`cancelled` false: it then completes); a cancelled one stores nothing. */
  cancelTmxImport: operation(tm.cancelTmxImport).returns<{ cancelled: boolean }>(),
  /** Full-text search with the query syntax: ranked hits with snippets, and facet counts. */
  search: operation(se.search).returns<SearchResults>(),
  /** Adds and removes article tags on many articles: one undo step of the library. */
  tagArticles: operation(ba.tagArticles).returns<BatchResult>(),
  /** How many unlinked mentions in these articles bear one of an entity's names. */
  previewLink: operation(ba.previewLink).returns<LinkPreview>(),
  /** Links those mentions to the entity: one undo step of the library. */
  linkMentions: operation(ba.linkMentions).returns<BatchResult>(),
  /** The tags on these articles and across the archive, most used first. */
  articleTags: operation(ba.articleTags).returns<ArticleTagsView>(),
  /** The ids of every article a search matches, best first. */
  searchIds: operation(ba.searchIds).returns<{ ids: string[] }>(),
  /** Articles and an entity's mentions per month, and the co-occurrence graph of entities. */
  explore: operation(ex.explore).returns<ExploreData>(),
  /** How far the index of the open archive is built (the library shows it under its box). */
  searchStatus: operation(se.searchStatus).returns<SearchIndexStatus>(),
  /** Every occurrence of a word or phrase across the archive's texts, as keyword-in-context lines. */
  concordance: operation(co.concordance).returns<ConcordanceResult>(),
  /** Tags chosen occurrences (one type, optionally an entity) across articles: one undo step of the library. */
  tagConcordance: operation(co.tagConcordance).returns<TagConcordanceResult>()
} as const

export type Contract = typeof contract
export type OperationName = keyof Contract
export type OperationInput<K extends OperationName> = z.input<Contract[K]['input']>
export type OperationOutput<K extends OperationName> = NonNullable<Contract[K]['output']>
/** The names alone (zod-free, for the preload) live in operation-names.ts. */
export { operationNames } from './operation-names'
