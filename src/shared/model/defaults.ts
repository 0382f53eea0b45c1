import type { Settings } from './settings'

/**
 * Constants the renderer needs, kept free of zod so that importing them does not pull the
 * schemas into the page's bundle.
 */
export const DEFAULT_SETTINGS: Settings = { language: null, theme: 'system', archivePath: null, readerZoom: 1, window: null }

/** Inputs larger than this are refused before they are read. */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024
