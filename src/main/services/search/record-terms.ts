import { holdsClause, indexTerms, queryTerms, type Clause, type MatchContext, type PreparedRecord, type SearchRecord } from '@shared/search'

/** The small rules the search index applies to records and clauses. */

export type TextClause = Extract<Clause, { kind: 'text' }>

/** ISO dates compare as text; undated articles last. */
export const newerFirst = (a: string | null, b: string | null): number => ((b ?? '') > (a ?? '') ? 1 : (b ?? '') < (a ?? '') ? -1 : 0)

/** True when both hold the same text versions, word for word. */
export const sameTexts = (a: SearchRecord['texts'], b: SearchRecord['texts']): boolean =>
  a.length === b.length && a.every((text, i) => text.text === b[i]?.text && text.versionId === b[i]?.versionId && text.lang === b[i]?.lang)

/** The terms of an article's small fields (all but its texts): what an annotation can change. */
export const fieldTerms = (p: PreparedRecord): Set<string> => {
  const terms = new Set<string>()
  for (const text of [p.title, p.source, p.notes, p.names]) indexTerms(text, terms)
  return terms
}

/** The terms of an article's title and entity names: where a word earns the ranking's bonus. */
export const titleTerms = (p: PreparedRecord): Set<string> => indexTerms(p.names, indexTerms(p.title))

/** Every clause holds (a negated one does not). */
export const holdsAll = (p: PreparedRecord, clauses: readonly Clause[], ctx: MatchContext): boolean => {
  for (const clause of clauses) if (holdsClause(p, clause, ctx) === clause.negated) return false
  return true
}

/** A word the index answers exactly by itself: one whole term, nothing to check in the text. */
export const answeredByIndex = (clause: TextClause): boolean => {
  if (clause.field) return false
  const terms = queryTerms(clause.text)
  return terms.length === 1 && terms[0] === clause.text
}
