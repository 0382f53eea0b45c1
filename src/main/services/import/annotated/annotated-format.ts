/** Other annotation tools' files that import as annotated articles (or, JSON-LD, into one). */
export type AnnotatedFormat = 'brat' | 'conll' | 'doccano' | 'jsonld'

const BY_EXTENSION: Record<string, AnnotatedFormat> = {
  ann: 'brat',
  conll: 'conll',
  iob: 'conll',
  iob2: 'conll',
  bio: 'conll',
  jsonl: 'doccano',
  jsonld: 'jsonld'
}

const extension = (fileName: string): string => {
  const base = fileName.split(/[\\/]/).pop() ?? ''
  const dot = base.lastIndexOf('.')
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase()
}

/** The annotated format a file name says it holds, or null. */
export function annotatedFormatOf(fileName: string): AnnotatedFormat | null {
  return BY_EXTENSION[extension(fileName)] ?? null
}

/** `news.ann` for `news.txt` (the brat pair), else null. */
export function annSibling(fileName: string): string | null {
  return extension(fileName) === 'txt' ? fileName.replace(/\.txt$/i, '.ann') : null
}

/** `news.txt` for `news.ann`. */
export const txtSibling = (fileName: string): string => fileName.replace(/\.ann$/i, '.txt')
