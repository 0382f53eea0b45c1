import { verifyBag, type BagProblem } from '@shared/formats/bagit'
import { ArticleDoc, Entity, SCHEMA_VERSION, TagSchema, type RegistryDoc } from '@shared/model'
import { z } from 'zod'
import { DEFAULT_ZIP_LIMITS, readZipBag, type ZipLimits } from './zip-read'

/** What a valid bundle holds for an import: its articles, the entities they use, its schema. */
export interface BundleContent {
  docs: ArticleDoc[]
  entities: Entity[]
  schema: TagSchema | null
}

export interface ReadBundle {
  problems: BagProblem[]
  content: BundleContent | null
}

const ARTICLE_JSON = /^data\/articles\/([A-Za-z0-9_-]{1,64})\/article\.json$/
const keep = (path: string): boolean =>
  !path.startsWith('data/') || ARTICLE_JSON.test(path) || path === 'data/entities.json' || path === 'data/schema.json'

const EntitiesFile = z.object({ schemaVersion: z.number().int(), entities: z.array(Entity).max(1_000_000) })

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

const isNewer = (data: unknown): boolean =>
  typeof data === 'object' && data !== null && typeof (data as { schemaVersion?: unknown }).schemaVersion === 'number' && (data as { schemaVersion: number }).schemaVersion > SCHEMA_VERSION

/**
 * Reads and checks a bundle: the zip (names, links, sizes), the bag (declaration, Payload-Oxum,
 * every checksum both ways) and then our own files. Content is given only when nothing is wrong.
 */
export async function readBundle(path: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS, onProgress?: (bytes: number) => void): Promise<ReadBundle> {
  const bag = await readZipBag(path, keep, limits, onProgress)
  if (bag.problems.length > 0) return { problems: bag.problems, content: null }
  const problems = verifyBag(bag.files, (file) => bag.texts.get(file))
  // A newer bundle is refused as such, whatever else looks odd to this version.
  const newer = problems.find((p) => p.problem === 'newerVersion')
  if (newer) return { problems: [newer], content: null }
  if (problems.length > 0) return { problems, content: null }
  const docs: ArticleDoc[] = []
  for (const [file, text] of bag.texts) {
    const id = ARTICLE_JSON.exec(file)?.[1]
    if (!id) continue
    const data = parseJson(text)
    if (isNewer(data)) return { problems: [{ file, problem: 'newerVersion' }], content: null }
    const doc = ArticleDoc.safeParse(data)
    if (!doc.success || doc.data.article.id !== id) problems.push({ file, problem: 'badArticle' })
    else docs.push(doc.data)
  }
  const entities = readEntities(bag.texts.get('data/entities.json'), problems)
  const schemaText = bag.texts.get('data/schema.json')
  const schema = schemaText === undefined ? null : TagSchema.safeParse(parseJson(schemaText))
  if (schema && !schema.success) problems.push({ file: 'data/schema.json', problem: 'badArticle' })
  if (problems.length > 0) return { problems, content: null }
  docs.sort((a, b) => (a.article.id < b.article.id ? -1 : 1))
  return { problems, content: { docs, entities, schema: schema?.success ? schema.data : null } }
}

function readEntities(text: string | undefined, problems: BagProblem[]): RegistryDoc['entities'] {
  if (text === undefined) return []
  const data = parseJson(text)
  if (isNewer(data)) {
    problems.push({ file: 'data/entities.json', problem: 'newerVersion' })
    return []
  }
  const parsed = EntitiesFile.safeParse(data)
  if (!parsed.success) {
    problems.push({ file: 'data/entities.json', problem: 'badArticle' })
    return []
  }
  return parsed.data.entities
}
