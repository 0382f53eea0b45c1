import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

/**
 * Every user-visible string in the renderer goes through i18next. This fails, naming file and
 * line, on JSX text containing a letter and on string literals in attributes a person reads
 * or hears (aria-label, title, placeholder, alt).
 */
const ROOT = resolve(__dirname, '../../../src/renderer/src')
const VISIBLE_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-valuetext', 'title', 'placeholder', 'alt'])
const LETTER = /\p{L}/u

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return tsxFiles(path)
    return entry.name.endsWith('.tsx') ? [path] : []
  })
}

export function findLiterals(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX)
  const found: string[] = []
  const report = (node: ts.Node, text: string) => {
    const { line } = file.getLineAndCharacterOfPosition(node.getStart(file))
    found.push(`${fileName}:${line + 1}: ${JSON.stringify(text.trim())}`)
  }
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && LETTER.test(node.text)) report(node, node.text)
    if (ts.isJsxAttribute(node) && VISIBLE_ATTRIBUTES.has(node.name.getText(file)) && node.initializer) {
      const init = node.initializer
      const literal = ts.isStringLiteral(init)
        ? init
        : ts.isJsxExpression(init) && init.expression && ts.isStringLiteralLike(init.expression)
          ? init.expression
          : null
      if (literal && LETTER.test(literal.text)) report(node, literal.text)
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return found
}

describe('renderer strings', () => {
  it('finds a literal when there is one (the check itself works)', () => {
    expect(findLiterals('x.tsx', 'const a = <p title="Hello">Hi {t("k")}</p>')).toHaveLength(2)
    expect(findLiterals('x.tsx', 'const a = <p title={t("k")}>{t("k")} · 42</p>')).toHaveLength(0)
  })

  it('has no user-visible string literals outside t()', () => {
    const files = tsxFiles(ROOT)
    expect(files.length).toBeGreaterThan(0)
    const literals = files.flatMap((path) => findLiterals(relative(ROOT, path), readFileSync(path, 'utf8')))
    expect(literals, `Move these strings into src/shared/i18n/locales:\n${literals.join('\n')}`).toEqual([])
  })
})
