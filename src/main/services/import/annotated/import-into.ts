import { ImportFailure } from '@shared/formats/failure'
import { relationTypeName } from '@shared/formats/interchange/tag-names'
import { schemaWith, toModel } from '@shared/formats/interchange/to-model'
import { anchorWebAnnotations, readWebAnnotations } from '@shared/formats/web-annotation'
import type { Annotation, ImportOutcome, Relation } from '@shared/model'
import type { Part } from '../../annotation/parts'
import type { AnnotationSession } from '../../annotation/session'
import { newId } from '../../annotation/env'
import { articleScope } from '../../annotation/undo-stacks'
import { decodeBytes } from '../decode'
import { readChecked } from '../import-file'
import { failedFrom } from '../outcome'
import type { FsPath } from '../fs-path'
import { displayPath } from '../fs-path'
import type { Translate } from '../types'

/**
 * Web Annotation JSON-LD (Hypothesis, Recogito, ours) into an existing article, anchored by
 * quote. One undo step of that article: the annotations and relations found, and any tag or
 * relation type they bring added to the schema, land together or not at all. Annotations
 * whose quote is in none of the article's versions are counted in `unanchored`.
 */
export async function importInto(session: AnnotationSession, articleId: string, path: FsPath, t: Translate): Promise<ImportOutcome> {
  const file = displayPath(path)
  try {
    const bytes = await readChecked(path)
    const { text, encoding } = decodeBytes(bytes)
    const read = readWebAnnotations(text)
    read.links = read.links.flatMap((l) => {
      const type = relationTypeName(l.type)
      return type === null ? [] : [{ ...l, type }]
    })
    return await session.exclusive(async () => {
      const doc = await session.archive.read(articleId)
      const found = anchorWebAnnotations(read, doc.versions)
      if (found.spans.length === 0) throw new ImportFailure('import.nothingAnchored', { count: found.unanchored.length })
      const now = new Date().toISOString()
      const annotations: Annotation[] = []
      const relations: Relation[] = []
      const registry = session.archive.registry()
      for (const version of doc.versions) {
        const spans = found.spans.filter((s) => s.versionId === version.id)
        const keys = new Set(spans.map((s) => s.key))
        const links = found.relations.filter((r) => keys.has(r.from) && keys.has(r.to))
        const model = toModel(version.id, version.text, spans, links, { newId, now, actor: session.actor, entities: registry.entities })
        annotations.push(...model.annotations)
        relations.push(...model.relations)
      }
      const schema = schemaWith(registry.schema, annotations.map((a) => a.type), relations.map((r) => r.type))
      const place = <T>(items: T[], after: number) => items.map((item, i) => ({ item, index: after + i }))
      const parts: Part[] = [
        ...(schema ? [{ scope: 'registry' as const, command: { kind: 'updateSchema' as const, input: { schema } } }] : []),
        {
          scope: 'article',
          articleId,
          command: { kind: 'restoreAnnotations', input: { annotations: place(annotations, doc.annotations.length), relations: place(relations, doc.relations.length) } }
        }
      ]
      await session.change(articleScope(articleId), parts, 'annotation.import')
      return {
        file,
        status: 'imported' as const,
        id: articleId,
        title: doc.article.title,
        encoding,
        annotations: annotations.length,
        unanchored: found.unanchored.length
      }
    })
  } catch (error) {
    return failedFrom(file, error, 'import.unexpected', t)
  }
}
