import { langHolds, type Clause, type MatchContext } from '@shared/search'
import { ODD_DATE, type ArticleColumns } from './article-columns'
import type { FacetCounter } from './facet-counter'

/** Whether the article under a number passes. */
export type NumTest = (num: number) => boolean

/** A `date:` range as inclusive YYYYMMDD bounds: from 2021-03 is 20210300, to 2023 is 20239999. */
export const dayBounds = (from: string | null, to: string | null): [number, number] => [
  from === null ? 0 : Number(from.replace(/-/g, '').padEnd(8, '0')),
  to === null ? 99_999_999 : Number(to.replace(/-/g, '').padEnd(8, '9'))
]

/** One clause, ignoring its negation: from the typed columns when they can answer it, else by `general`. */
function clauseTest(clause: Clause, columns: ArticleColumns, counter: FacetCounter, ctx: MatchContext, general: (num: number) => boolean): NumTest {
  switch (clause.kind) {
    case 'lang': {
      const mask = counter.mask('lang', (lang) => langHolds(lang, clause.value))
      return (num) => columns.hasCode(num, mask)
    }
    case 'type': {
      const mask = counter.mask('type', (type) => type === clause.value)
      return (num) => columns.hasCode(num, mask)
    }
    case 'entity': {
      const ids = ctx.entityIds(clause.value)
      const mask = counter.mask('entity', (id) => ids.has(id))
      return (num) => columns.hasCode(num, mask)
    }
    case 'date': {
      const [low, high] = dayBounds(clause.from, clause.to)
      return (num) => {
        const day = columns.day(num)
        return day >= 0 ? day >= low && day <= high : day === ODD_DATE && general(num)
      }
    }
    default:
      return general
  }
}

/**
 * The filter clauses of a query (fields, negated words) as one test by article number: lang:,
 * type:, entity: and date: read the facet codes and days of ArticleColumns (a byte or two an
 * article instead of the general matcher's strings); the rest go to `general`, which checks
 * the article's record. Null when there is nothing to filter.
 */
export function compileFilter(
  clauses: readonly Clause[],
  columns: ArticleColumns,
  counter: FacetCounter,
  ctx: MatchContext,
  general: (num: number, clause: Clause) => boolean
): NumTest | null {
  const tests = clauses.map((clause): NumTest => {
    const test = clauseTest(clause, columns, counter, ctx, (num) => general(num, clause))
    return clause.negated ? (num) => !test(num) : test
  })
  if (tests.length === 0) return null
  if (tests.length === 1) return tests[0] as NumTest
  return (num) => {
    for (const test of tests) if (!test(num)) return false
    return true
  }
}
