import { z } from 'zod'
import { Id } from './ids'

export const EntityIdentifiers = z.object({
  wikidata: z.string().regex(/^Q[0-9]{1,12}$/).optional(),
  viaf: z.string().regex(/^[0-9]{1,22}$/).optional(),
  geonames: z.string().regex(/^[0-9]{1,12}$/).optional()
})
export type EntityIdentifiers = z.infer<typeof EntityIdentifiers>

/** One real-world person, place, organisation…, linked from any number of mentions. */
export const Entity = z.object({
  id: Id,
  type: z.string().min(1).max(64),
  name: z.string().trim().min(1).max(500),
  /** Names per language, e.g. { en: "Hu Tao", zh: "胡涛" }. */
  names: z.record(z.string().min(2).max(35), z.string().min(1).max(500)),
  aliases: z.array(z.string().min(1).max(500)).max(200),
  identifiers: EntityIdentifiers,
  description: z.string().max(5000)
})
export type Entity = z.infer<typeof Entity>
