import type { Annotation, Entity, Relation, TagSchema, TextVersion } from '../../model'
import { versionStems } from '../interchange/version-stems'
import type { FormatFile, FormatInput } from '../interchange/types'

/** brat's lines are tab-separated and one per line: a note or name loses its tabs and line breaks. */
const oneLine = (value: string): string => value.replace(/[\t\r\n\u2028\u2029]+/g, ' ')

/**
 * The fragments of [start, end) without its line breaks, as brat writes a span that crosses
 * lines: "0 5;6 10". Offsets are code points (see parse.ts on how brat counts).
 */
export function fragments(points: readonly string[], start: number, end: number): [number, number][] {
  const out: [number, number][] = []
  let from = start
  for (let i = start; i <= end; i++) {
    if (i === end || points[i] === '\n') {
      if (i > from) out.push([from, i])
      from = i + 1
    }
  }
  return out
}

function referenceOf(entity: Entity): string {
  return entity.identifiers.wikidata ? `Wikidata:${entity.identifiers.wikidata}` : `Scriptorium:${entity.id}`
}

/** The `.ann` text of one version: T, A, N and # lines per mention, then R lines and their notes. */
export function annText(version: TextVersion, annotations: readonly Annotation[], relations: readonly Relation[], entities: ReadonlyMap<string, Entity>): string {
  const points = [...version.text]
  const lines: string[] = []
  const tIds = new Map<string, string>()
  let t = 0
  let a = 0
  let n = 0
  let note = 0
  const mentions = annotations
    .filter((x) => x.target.source === version.id && !x.orphan)
    .sort((x, y) => x.target.position.start - y.target.position.start || y.target.position.end - x.target.position.end)
  for (const mention of mentions) {
    const parts = fragments(points, mention.target.position.start, mention.target.position.end)
    if (parts.length === 0) continue
    const id = `T${++t}`
    tIds.set(mention.id, id)
    const spans = parts.map(([s, e]) => `${s} ${e}`).join(';')
    const covered = parts.map(([s, e]) => points.slice(s, e).join('')).join(' ')
    lines.push(`${id}\t${mention.type} ${spans}\t${oneLine(covered)}`)
    if (mention.attributes.negated) lines.push(`A${++a}\tNegated ${id}`)
    if (mention.attributes.uncertain) lines.push(`A${++a}\tUncertain ${id}`)
    const entity = mention.entity === null ? undefined : entities.get(mention.entity)
    if (entity) lines.push(`N${++n}\tReference ${id} ${referenceOf(entity)}\t${oneLine(entity.name)}`)
    if (mention.note !== '') lines.push(`#${++note}\tAnnotatorNotes ${id}\t${oneLine(mention.note)}`)
  }
  let r = 0
  for (const relation of relations) {
    const from = tIds.get(relation.from)
    const to = tIds.get(relation.to)
    if (from === undefined || to === undefined) continue
    const id = `R${++r}`
    lines.push(`${id}\t${relation.type} Arg1:${from} Arg2:${to}`)
    if (relation.note !== '') lines.push(`#${++note}\tAnnotatorNotes ${id}\t${oneLine(relation.note)}`)
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`
}

/** brat's `annotation.conf` (types, relations, attributes) and `visual.conf` (colours) for the schema. */
function configFiles(schema: TagSchema): FormatFile[] {
  const types = schema.types.map((type) => type.name)
  const relationArgs = 'Arg1:<ENTITY>, Arg2:<ENTITY>'
  const annotationConf = [
    '[entities]', ...types, '',
    '[relations]', ...schema.relationTypes.map((rel) => `${rel.name}\t${relationArgs}`), '<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>', '',
    '[events]', '',
    '[attributes]', 'Negated\tArg:<ENTITY>', 'Uncertain\tArg:<ENTITY>', ''
  ]
  const visualConf = ['[labels]', ...types.map((name) => `${name} | ${name}`), '', '[drawing]', ...schema.types.map((type) => `${type.name}\tbgColor:${type.color}`), '']
  return [
    { path: 'annotation.conf', text: annotationConf.join('\n') },
    { path: 'visual.conf', text: visualConf.join('\n') }
  ]
}

/**
 * brat standoff: `<lang>.ann` beside each `<lang>.txt` (the same file textFiles writes; a
 * bundle writes it once), plus `annotation.conf` and `visual.conf` so brat can open the folder.
 * T lines hold the mentions (a mention across a line break becomes brat's discontinuous
 * fragments), A the flags (Negated, Uncertain), N the entity (`Wikidata:Q42`, else
 * `Scriptorium:<entity id>`), # the notes (AnnotatorNotes, on one line), R the relations
 * between mentions of one version. Orphans (no longer in the text) are left out; article.json keeps them.
 */
export function bratFiles(input: FormatInput): FormatFile[] {
  const stems = versionStems(input.doc.versions)
  const entities = new Map(input.entities.map((e) => [e.id, e]))
  const files = input.doc.versions.flatMap((version) => {
    const stem = stems.get(version.id)!
    return [
      { path: `${stem}.txt`, text: version.text },
      { path: `${stem}.ann`, text: annText(version, input.doc.annotations, input.doc.relations, entities) }
    ]
  })
  return [...files, ...configFiles(input.schema)]
}
