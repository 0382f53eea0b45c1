import type { EntitySummary } from '@shared/ipc/annotation-contract'
import { EntityIdentifiers } from '@shared/model'
import { call } from '../dispatch'
import type { Translate } from '../i18n'
import { EXIT, type CliIo, type Command, type ParsedValues } from './command'
import { withSession } from './open'
import { printFailure } from './output'

/** The options only `entities add` takes. */
export const addOptions = {
  type: { type: 'string' },
  name: { type: 'string' },
  names: { type: 'string' },
  alias: { type: 'string', multiple: true },
  wikidata: { type: 'string' }
} as const

export const addOptionHelp = {
  type: 'entities.add.option.type',
  name: 'entities.add.option.name',
  names: 'entities.add.option.names',
  alias: 'entities.add.option.alias',
  wikidata: 'entities.add.option.wikidata'
}

const LANGUAGE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/

/** `en=Hu Tao,zh=胡涛` → { en: 'Hu Tao', zh: '胡涛' }; null when any pair is malformed or a language repeats. */
export function parseNames(value: string): Record<string, string> | null {
  const names: Record<string, string> = {}
  for (const pair of value.split(',')) {
    const at = pair.indexOf('=')
    const lang = pair.slice(0, at).trim()
    const name = pair.slice(at + 1).trim()
    if (at < 0 || !LANGUAGE.test(lang) || lang.length > 35 || name === '' || lang in names) return null
    names[lang] = name
  }
  return names
}

/** The model's own rule for a Wikidata item id, checked here to name the flag. */
const WIKIDATA = EntityIdentifiers.shape.wikidata.unwrap()

const str = (v: ParsedValues[string]): string | undefined => (typeof v === 'string' ? v : undefined)

/** The new entity as `entities --json` lists it. */
const entityJson = ({ id, type, name, names, aliases, identifiers, description, mentionCount }: EntitySummary) => ({
  id,
  type,
  name,
  names,
  aliases,
  identifiers,
  description,
  mentionCount
})

/**
 * `entities add`: one entity through the app's own createEntity operation (the schema's
 * types, the name rules, the Wikidata id format), refused when it duplicates one already
 * registered. Nothing is written on any failure.
 */
export async function addEntity(values: ParsedValues, io: CliIo, t: Translate, command: Command): Promise<number> {
  const usage = (key: string, params?: Record<string, string>) => {
    io.err(t(`cli:entities.add.${key}`, params))
    io.err(`${t('cli:help.usage')}: scriptorium ${command.usage}`)
    return EXIT.usage
  }
  const type = str(values.type)
  const name = str(values.name)
  if (type === undefined) return usage('needType')
  if (name === undefined || name.trim() === '') return usage('needName')
  const namesValue = str(values.names)
  const names = namesValue === undefined ? undefined : parseNames(namesValue)
  if (names === null) return usage('badNames', { value: namesValue! })
  const aliases = Array.isArray(values.alias) ? values.alias.map((a) => a.trim()) : []
  const wikidata = str(values.wikidata)?.trim()
  if (wikidata !== undefined && !WIKIDATA.safeParse(wikidata).success) return usage('badWikidata', { value: wikidata })
  return withSession(values, io, t, async ({ dispatch }) => {
    const result = await call(dispatch, 'createEntity', {
      type,
      name,
      ...(names ? { names } : {}),
      ...(aliases.length > 0 ? { aliases } : {}),
      ...(wikidata === undefined ? {} : { identifiers: { wikidata } }),
      unique: true
    })
    if (!result.ok) return printFailure(io, result.error)
    if (values.json) io.out(JSON.stringify(entityJson(result.value), null, 2))
    else io.out(t('cli:entities.add.added', { id: result.value.id, type: result.value.type, name: result.value.name }))
    return EXIT.ok
  })
}
