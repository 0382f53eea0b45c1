import type { TagSchema } from '../../model'
import { typeClass } from './escape'

const BASE = `
:root { color-scheme: light dark; --fg: #1d2127; --bg: #fbfaf7; --muted: #5d6470; --rule: #dcd8cf; --panel: #ffffff; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6e4df; --bg: #1a1c20; --muted: #a3a8b1; --rule: #3a3e45; --panel: #23262b; } }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 16px/1.6 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Noto Sans CJK SC", sans-serif; }
main { max-width: 72rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
h1 { font-size: 1.8rem; margin: 0 0 .25rem; }
h2 { font-size: 1.35rem; margin: 2.5rem 0 .5rem; padding-top: 1.5rem; border-top: 1px solid var(--rule); }
h3 { font-size: 1rem; margin: 1.5rem 0 .5rem; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
.meta, .count { color: var(--muted); margin: 0; }
nav ol { padding-left: 1.25rem; }
a { color: inherit; }
.legend { display: flex; flex-wrap: wrap; gap: .5rem; list-style: none; padding: 0; }
.texts { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 1rem; }
.text, table.aligned td { background: var(--panel); border: 1px solid var(--rule); border-radius: 6px; padding: .75rem 1rem; white-space: pre-wrap; vertical-align: top; }
table.aligned { width: 100%; border-collapse: separate; border-spacing: .5rem; table-layout: fixed; }
table.aligned th { text-align: left; color: var(--muted); font-weight: 600; }
mark { color: inherit; border-radius: 3px; padding: 0 1px; }
.chip { display: inline-block; padding: 0 .5rem; border-radius: 999px; font-size: .8rem; font-weight: 600; }
ul.entities, ul.relations { padding-left: 1.25rem; }
.id { color: var(--muted); font-size: .85rem; }
`

/** Inline CSS: the page's layout, and a colour per tag type (a tinted background and an underline). */
export function indexStyle(schema: TagSchema): string {
  const types = schema.types.map((type) => {
    const c = typeClass(type.name)
    return `mark.${c} { background: ${type.color}33; border-bottom: 2px solid ${type.color}; }\n.chip.${c} { background: ${type.color}33; border: 1px solid ${type.color}; }`
  })
  return `${BASE}mark { background: #8a8f9833; border-bottom: 2px solid #8a8f98; }\n${types.join('\n')}\n`
}
