import { useMemo } from 'react'
import { Glossary, type GlossaryTerm } from '@shared/translation/glossary'
import { useRegistry } from '../../entities/registry-context'

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

const NONE: SegmentGlossary = { terms: [], entries: [] }

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

/**
 * The registry as a glossary for the active row: the registry's names in the source language
 * found in its source text, each with the entity's name in the target language. The glossary
 * is built once per registry and language pair; only the active row's source is searched.
 */
export function useSegmentGlossary(source: string | null, sourceLang: string | null, lang: string): SegmentGlossary {
  const { status } = useRegistry()
  const entities = status.state === 'ready' ? status.registry.entities : null
  const glossary = useMemo(() => (entities && sourceLang ? new Glossary(entities, sourceLang, lang) : null), [entities, sourceLang, lang])
  return useMemo(() => (glossary && source ? numberTerms(glossary.find(source)) : NONE), [glossary, source])
}
