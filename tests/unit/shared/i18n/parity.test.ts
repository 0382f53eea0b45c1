import { describe, expect, it } from 'vitest'
import { NAMESPACES, resources, SUPPORTED_LANGUAGES } from '@shared/i18n/resources'

type Tree = { [key: string]: string | Tree }

/** Flattens nested keys to "a.b.c" paths with their values. */
function flatten(tree: Tree, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (value !== null && typeof value === 'object') for (const [k, v] of flatten(value, path)) out.set(k, v)
    else out.set(path, value)
  }
  return out
}

const table = (lang: (typeof SUPPORTED_LANGUAGES)[number]) =>
  new Map(NAMESPACES.map((ns) => [ns, flatten(resources[lang][ns] as Tree)]))

describe('locale parity', () => {
  const [base, ...others] = SUPPORTED_LANGUAGES
  const reference = table(base)

  for (const lang of others) {
    const other = table(lang)
    for (const ns of NAMESPACES) {
      it(`${ns}: ${base} and ${lang} have the same keys`, () => {
        const a = [...(reference.get(ns)?.keys() ?? [])]
        const b = [...(other.get(ns)?.keys() ?? [])]
        expect(a.filter((key) => !b.includes(key)), `in ${base} only`).toEqual([])
        expect(b.filter((key) => !a.includes(key)), `in ${lang} only`).toEqual([])
      })
    }
  }

  for (const lang of SUPPORTED_LANGUAGES) {
    it(`${lang}: no value is empty or not a string`, () => {
      const bad = [...table(lang)].flatMap(([ns, keys]) =>
        [...keys].filter(([, value]) => typeof value !== 'string' || value.trim() === '').map(([key]) => `${ns}:${key}`)
      )
      expect(bad).toEqual([])
    })
  }

  it('interpolation placeholders match between languages', () => {
    const names = (value: unknown) => [...String(value).matchAll(/\{\{\s*([\w.]+)/g)].map((m) => m[1]).sort()
    const mismatched: string[] = []
    for (const lang of others) {
      const other = table(lang)
      for (const [ns, keys] of reference)
        for (const [key, value] of keys) {
          const translated = other.get(ns)?.get(key)
          if (translated !== undefined && names(value).join() !== names(translated).join()) mismatched.push(`${lang} ${ns}:${key}`)
        }
    }
    expect(mismatched).toEqual([])
  })
})
