import type { Annotation, Entity, Relation } from '../../model'
import { teiEntityId, teiId } from './inline'
import { xmlAttr, xmlText } from './xml-text'

/** The TEI list, item and name elements for an entity's type. */
function entityElements(type: string): { list: string; item: string; name: string } {
  if (type === 'PERSON') return { list: 'listPerson', item: 'person', name: 'persName' }
  if (type === 'ORG') return { list: 'listOrg', item: 'org', name: 'orgName' }
  if (type === 'PLACE') return { list: 'listPlace', item: 'place', name: 'placeName' }
  return { list: 'listObject', item: 'object', name: 'objectName' }
}

function entityXml(entity: Entity): string {
  const { item, name } = entityElements(entity.type)
  const names = [`<${name}>${xmlText(entity.name)}</${name}>`]
  for (const [lang, value] of Object.entries(entity.names)) names.push(`<${name} xml:lang="${xmlAttr(lang)}">${xmlText(value)}</${name}>`)
  for (const alias of entity.aliases) names.push(`<${name} type="alias">${xmlText(alias)}</${name}>`)
  const ids = Object.entries(entity.identifiers).map(([scheme, value]) => `<idno type="${scheme}">${xmlText(value)}</idno>`)
  const description = entity.description === '' ? [] : [`<note>${xmlText(entity.description)}</note>`]
  if (item === 'object') {
    return `<object xml:id="${teiEntityId(entity.id)}" type="${xmlAttr(entity.type.toLowerCase())}"><objectIdentifier>${names.join('')}${ids.join('')}</objectIdentifier>${description.join('')}</object>`
  }
  return `<${item} xml:id="${teiEntityId(entity.id)}">${names.join('')}${ids.join('')}${description.join('')}</${item}>`
}

/** listPerson, listOrg, listPlace and listObject (other types) of the entities the article links to. */
export function entityLists(entities: readonly Entity[]): string[] {
  const lists = new Map<string, string[]>()
  for (const entity of entities) {
    const { list } = entityElements(entity.type)
    lists.set(list, [...(lists.get(list) ?? []), entityXml(entity)])
  }
  return [...lists].map(([list, items]) => `<${list}>${items.join('')}</${list}>`)
}

/**
 * Mentions that cannot be inline (crossing another, or across paragraphs): a `<span>` whose
 * target is TEI's string-range() pointer into the version's `<div>`, in code points of the
 * version's plain text (the same as `<lang>.txt`, paragraphs separated by a blank line).
 */
export function spanGroup(mentions: readonly Annotation[], divId: (versionId: string) => string): string {
  if (mentions.length === 0) return ''
  const spans = mentions.map((a) => {
    const { start, end } = a.target.position
    const attributes = [
      `xml:id="${teiId(a.id)}"`,
      `type="${xmlAttr(a.type)}"`,
      `target="#string-range(${divId(a.target.source)},${start},${end - start})"`,
      a.entity === null ? '' : `ana="#${teiEntityId(a.entity)}"`,
      a.attributes.uncertain ? 'cert="low"' : ''
    ].filter((x) => x !== '')
    return `<span ${attributes.join(' ')}>${xmlText(a.target.quote.exact)}</span>`
  })
  return `<spanGrp type="mentions">${spans.join('')}</spanGrp>`
}

/** listRelation: each relation from its first mention (active) to its second (passive), with its note. */
export function relationList(relations: readonly Relation[], written: ReadonlySet<string>): string {
  const kept = relations.filter((r) => written.has(r.from) && written.has(r.to))
  if (kept.length === 0) return ''
  const items = kept.map((r) => {
    const desc = r.note === '' ? '' : `<desc>${xmlText(r.note)}</desc>`
    return `<relation xml:id="rel-${r.id}" name="${xmlAttr(r.type)}" active="#${teiId(r.from)}" passive="#${teiId(r.to)}">${desc}</relation>`
  })
  return `<listRelation>${items.join('')}</listRelation>`
}

/** The notes of mentions, each pointing at its mention. */
export function noteGroup(mentions: readonly Annotation[]): string {
  const notes = mentions.filter((a) => a.note !== '').map((a) => `<note type="annotation" target="#${teiId(a.id)}">${xmlText(a.note)}</note>`)
  return notes.length === 0 ? '' : `<div type="notes">${notes.join('')}</div>`
}
