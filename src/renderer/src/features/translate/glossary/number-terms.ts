import type { GlossaryTerm } from '@shared/translation/glossary'

/** One entry of the glossary strip: an entity found in the source, numbered from 1 (Alt+n). */
export interface StripEntry {
  n: number
  entityId: string
  term: string
  type: string
  preferred: string | null
}

export interface SegmentGlossary {
  /** Each occurrence in the source, with the number of its strip entry. */
  terms: (GlossaryTerm & { n: number })[]
  entries: StripEntry[]
}

/** No glossary: no registry yet, no source, or no term in it. */
export const NO_TERMS: SegmentGlossary = { terms: [], entries: [] }

/** Numbers the entities in order of first occurrence; an entity found twice is one entry. */
export function numberTerms(terms: readonly GlossaryTerm[]): SegmentGlossary {
  const entries: StripEntry[] = []
  const numbers = new Map<string, number>()
  const numbered = terms.map((term) => {
    let n = numbers.get(term.entityId)
    if (n === undefined) {
      n = entries.length + 1
      numbers.set(term.entityId, n)
      entries.push({ n, entityId: term.entityId, term: term.term, type: term.type, preferred: term.preferred })
    }
    return { ...term, n }
  })
  return { terms: numbered, entries }
}
