/** Lines a concordance answers unless asked for fewer (every occurrence is counted). */
export const DEFAULT_LINES = 2000
/** Articles read for one concordance: beyond this the counts are lower bounds, and say so. */
export const MAX_ARTICLES = 5000
