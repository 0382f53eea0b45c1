import type { Span } from '@shared/translation/segment'

/** The text of a code-point span. */
export const cut = (text: string, span: Span): string => [...text].slice(span.start, span.end).join('')
