import type { EntityIdentifiers } from '@shared/model'

export type IdentifierKind = keyof EntityIdentifiers

export const IDENTIFIER_KINDS: IdentifierKind[] = ['wikidata', 'viaf', 'geonames']

/** What each authority's ids look like (the model's rules), to check a form before saving. */
export const IDENTIFIER_PATTERNS: Record<IdentifierKind, RegExp> = {
  wikidata: /^Q[0-9]{1,12}$/,
  viaf: /^[0-9]{1,22}$/,
  geonames: /^[0-9]{1,12}$/
}

/** The authority's page for an id; opened in the system browser. */
export function identifierUrl(kind: IdentifierKind, id: string): string {
  const encoded = encodeURIComponent(id)
  if (kind === 'wikidata') return `https://www.wikidata.org/wiki/${encoded}`
  if (kind === 'viaf') return `https://viaf.org/viaf/${encoded}`
  return `https://www.geonames.org/${encoded}`
}
