import type { ConcordanceLine } from '@shared/ipc/concordance-contract'

/** A line's identity: its article, version and place. */
export const lineKey = (line: Pick<ConcordanceLine, 'id' | 'version' | 'start'>): string => `${line.id}\u0000${line.version}\u0000${line.start}`

/** Languages written right to left: their lines are laid out mirrored (preceding context on the right). */
export const isRtl = (lang: string): boolean => /^(ar|he|fa|ur|yi|ps|sd|ug|dv)(-|$)/i.test(lang)
