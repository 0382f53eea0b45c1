const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/

/**
 * Paragraphs are separated by blank lines. A single line break inside one is a hard wrap from
 * the source file: it becomes a space between Latin words and nothing between CJK characters.
 */
export function toParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\u3000]*\n/)
    .map((paragraph) =>
      paragraph.trim().replace(/(\S)[ \t]*\n[ \t\u3000]*(\S)/g, (_, a: string, b: string) => (CJK.test(a) && CJK.test(b) ? a + b : `${a} ${b}`))
    )
    .filter((paragraph) => paragraph.length > 0)
}
