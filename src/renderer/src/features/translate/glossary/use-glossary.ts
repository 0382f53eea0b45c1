import { useMemo } from 'react'
import { Glossary } from '@shared/translation/glossary'
import { useRegistry } from '../../entities/registry-context'
import { NO_TERMS, numberTerms, type SegmentGlossary } from './number-terms'

export type { SegmentGlossary, StripEntry } from './number-terms'

/**
 * The registry as a glossary for the active row: the registry's names in the source language
 * found in its source text, each with the entity's name in the target language. The glossary
 * is built once per registry and language pair; only the active row's source is searched.
 */
export function useSegmentGlossary(source: string | null, sourceLang: string | null, lang: string): SegmentGlossary {
  const { status } = useRegistry()
  const entities = status.state === 'ready' ? status.registry.entities : null
  const glossary = useMemo(() => (entities && sourceLang ? new Glossary(entities, sourceLang, lang) : null), [entities, sourceLang, lang])
  return useMemo(() => (glossary && source ? numberTerms(glossary.find(source)) : NO_TERMS), [glossary, source])
}
