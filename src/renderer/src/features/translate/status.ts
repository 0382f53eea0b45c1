import type { SegmentStatus } from './types'

/**
 * What confirming a row makes of it: a first confirmation makes it translated, a second
 * reviewed; reviewed and final rows keep their status.
 */
export function confirmedStatus(status: SegmentStatus): SegmentStatus {
  if (status === 'initial') return 'translated'
  if (status === 'translated') return 'reviewed'
  return status
}

/** Rows a translator still has to confirm. */
export const isUnconfirmed = (status: SegmentStatus): boolean => status === 'initial'
