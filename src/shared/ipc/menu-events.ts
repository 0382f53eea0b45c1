/**
 * Commands the native menu sends to the renderer. The main process emits them, the preload
 * forwards them through `window.menu.on`, and the renderer acts on them.
 */
export const MENU_EVENTS = [
  'import',
  'export',
  'undo',
  'redo',
  'zoomIn',
  'zoomOut',
  'zoomReset',
  'theme:light',
  'theme:dark',
  'theme:system',
  'language:en',
  'language:zh-CN',
  'openArchive',
  'newArchive',
  'find'
] as const

export type MenuEvent = (typeof MENU_EVENTS)[number]

export const isMenuEvent = (value: unknown): value is MenuEvent =>
  typeof value === 'string' && (MENU_EVENTS as readonly string[]).includes(value)

/** What the preload exposes as `window.menu`: subscribe, and get back an unsubscribe function. */
export interface MenuBridge {
  on(handler: (event: unknown) => void): () => void
}
