import { dateInRange } from './dates'
import { findText } from './find-text'
import { fold } from './fold'
import type { Clause, SearchQuery } from './query'
import type { SearchRecord } from './record'

/** A record with its fields folded once, as every query compares them. */
export interface PreparedRecord {
  record: SearchRecord
  title: string
  source: string
  notes: string
  /** The names (every language, aliases) of the entities it links, one per line. */
  names: string
  texts: string[]
}

/** `foldedTexts`: the record's texts already folded (an index reuses them when only annotations changed). */
export function prepareRecord(record: SearchRecord, entityNames: readonly string[], foldedTexts?: string[]): PreparedRecord {
  return {
    record,
    title: fold(record.title),
    source: fold(record.source),
    notes: fold(record.notes),
    names: fold(entityNames.join('\n')),
    texts: foldedTexts ?? record.texts.map((t) => fold(t.text))
  }
}

/** What a query needs from outside the record: which entities an `entity:` value names. */
export interface MatchContext {
  entityIds(value: string): ReadonlySet<string>
}

type TextClause = Extract<Clause, { kind: 'text' }>

/**
 * Whether a text clause holds, told whether the title and the entity names hold its text
 * (an index finds those once for its ranking too, and need not look again).
 */
export function holdsTextGiven(p: PreparedRecord, clause: TextClause, inTitle: boolean, inNames: boolean): boolean {
  if (clause.field === 'title') return inTitle
  if (clause.field === 'source') return findText(p.source, clause.text) !== null
  if (inTitle || inNames || findText(p.source, clause.text)) return true
  return p.texts.some((text) => findText(text, clause.text) !== null) || findText(p.notes, clause.text) !== null
}

function holdsText(p: PreparedRecord, clause: TextClause): boolean {
  if (clause.field === 'source') return holdsTextGiven(p, clause, false, false)
  const inTitle = findText(p.title, clause.text) !== null
  return holdsTextGiven(p, clause, inTitle, !clause.field && !inTitle && findText(p.names, clause.text) !== null)
}

/** `lang:` by tag prefix, any case: `zh` holds zh-CN. */
export const langHolds = (lang: string, value: string): boolean => {
  const folded = lang.toLowerCase()
  return folded === value || folded.startsWith(`${value}-`)
}

/** True when the record satisfies the clause, ignoring its negation. */
export function holdsClause(p: PreparedRecord, clause: Clause, ctx: MatchContext): boolean {
  const r = p.record
  switch (clause.kind) {
    case 'text':
      return holdsText(p, clause)
    case 'lang':
      return langHolds(r.lang, clause.value)
    case 'date':
      return dateInRange(r.date, clause.from, clause.to)
    case 'type':
      return r.types.includes(clause.value)
    case 'entity': {
      const ids = ctx.entityIds(clause.value)
      return r.entities.some((id) => ids.has(id))
    }
    case 'status':
      return r.statuses.includes(clause.value)
    case 'has':
      return clause.value === 'annotations' ? r.annotations > 0 : clause.value === 'translation' ? r.translated : r.orphans
  }
}

export function matchesQuery(p: PreparedRecord, query: SearchQuery, ctx: MatchContext): boolean {
  return query.clauses.every((clause) => holdsClause(p, clause, ctx) !== clause.negated)
}
