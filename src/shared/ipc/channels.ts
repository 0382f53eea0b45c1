import type { OperationName } from './contract'

/** The IPC channel of an operation; the preload and main derive it the same way. */
export const channelFor = (name: OperationName): string => `api:${name}`

/** The channel on which main sends menu commands to the renderer. */
export const MENU_CHANNEL = 'menu'

/** The channel on which main sends change events (change-events.ts) to every window. */
export const CHANGES_CHANNEL = 'changes'
