import { bilingual, type QaParams, type RowCheck } from './types'

const CLASSES: [RegExp, string][] = [
  [/(?:…|\.\.\.)$/u, 'ellipsis'],
  [/[.。．]$/u, 'period'],
  [/[!！]$/u, 'exclamation'],
  [/[?？]$/u, 'question'],
  [/[:：]$/u, 'colon'],
  [/[;；]$/u, 'semicolon'],
  [/[,，、]$/u, 'comma']
]

/** The text's last character before closing quotes and brackets, and its kind ('none' for a letter). */
function ending(text: string): { char: string; kind: string } {
  const bare = text.trimEnd().replace(/[\s"'”’」』）)》】\]]+$/u, '')
  const kind = CLASSES.find(([pattern]) => pattern.test(bare))?.[1] ?? 'none'
  return { char: kind === 'none' ? '—' : kind === 'ellipsis' && bare.endsWith('...') ? '...' : [...bare].pop() ?? '—', kind }
}

/** Source and target end differently: a question became a statement, a stop went missing. */
export const endPunctuationCheck: RowCheck = (row) => {
  const pair = bilingual(row)
  if (pair === null || pair.source.trim() === '' || row.target.trim() === '') return []
  const source = ending(pair.source)
  const target = ending(row.target)
  if (source.kind === target.kind) return []
  // A side without end punctuation is worded as such, not shown as "—".
  const params: QaParams = { source: source.char, target: target.char }
  if (target.kind === 'none') params.context = 'targetNone'
  else if (source.kind === 'none') params.context = 'sourceNone'
  return [params]
}
