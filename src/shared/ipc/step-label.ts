import type { Annotation, ArticleDoc } from '../model'

/**
 * What an undo (or redo) step will reverse, in words the archivist recognises: the action,
 * and the quote and type of the one annotation it touched, or how many it touched. The
 * renderer turns it into "Undo: tag “Li Yang” as PERSON" in the interface language.
 */
export interface StepLabel {
  action: string
  quote?: string
  type?: string
  count?: number
}

/** Long quotes are cut: a label sits in a tooltip and a menu. */
const QUOTE_MAX = 40
const shorten = (text: string): string => {
  const chars = [...text]
  return chars.length > QUOTE_MAX ? `${chars.slice(0, QUOTE_MAX - 1).join('')}…` : text
}

/** The annotations `after` added, changed or removed relative to `before`, newest state first. */
function touched(before: ArticleDoc, after: ArticleDoc): Annotation[] {
  const old = new Map(before.annotations.map((a) => [a.id, a]))
  const now = new Set(after.annotations.map((a) => a.id))
  const putOrChanged = after.annotations.filter((a) => old.get(a.id) !== a && JSON.stringify(old.get(a.id)) !== JSON.stringify(a))
  return [...putOrChanged, ...before.annotations.filter((a) => !now.has(a.id))]
}

/** The label of a change to one article, from the article before and after it. */
export function describeStep(action: string, before: ArticleDoc | undefined, after: ArticleDoc | undefined): StepLabel {
  if (!before || !after) return { action }
  const annotations = touched(before, after)
  const only = annotations.length === 1 ? annotations[0] : undefined
  if (only) return { action, quote: shorten(only.target.quote.exact), type: only.type }
  return annotations.length > 1 ? { action, count: annotations.length } : { action }
}
