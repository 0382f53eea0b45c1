import { toModel } from '@shared/formats/interchange/to-model'
import { ArticleDoc, type ImportOutcome, type RegistryDoc } from '@shared/model'
import { ImportFailure } from '@shared/formats/failure'
import { buildArticleDoc, defaultActor, newId } from '../build-doc'
import type { ImportDeps } from '../types'
import type { AnnotatedArticle, ParsedAnnotated } from './parse-annotated'

/** What importing annotated files needs beyond a plain import: the registry, and an all-or-nothing create. */
export interface AnnotatedTarget {
  registry(): RegistryDoc
  /** Stores the articles and adds the types they use to the schema, as one change. */
  create(docs: ArticleDoc[], types: string[], relationTypes: string[]): Promise<void>
}

/** The first line of the text, shortened: other tools' files have no title of their own. */
function titleOf(article: AnnotatedArticle, fileName: string): string {
  const line = article.text.split('\n').find((l) => l.trim() !== '')?.trim() ?? fileName
  const points = [...line]
  return points.length <= 120 ? line : `${points.slice(0, 119).join('')}…`
}

/** One stored document per article the file holds, its mentions as our annotations. */
export function annotatedDocs(parsed: ParsedAnnotated, fileName: string, fileSha256: string, registry: RegistryDoc, deps: Pick<ImportDeps, 'actor' | 'now'>): ArticleDoc[] {
  const at = deps.now?.() ?? new Date()
  const actor = deps.actor ?? defaultActor()
  return parsed.articles.map((article) => {
    const versionId = newId('v')
    const model = toModel(versionId, article.text, article.spans, article.relations, { newId, now: at.toISOString(), actor, entities: registry.entities })
    const doc = buildArticleDoc({
      parsed: {
        title: article.title ?? titleOf(article, fileName),
        date: null,
        source: '',
        text: article.text,
        carried: { versions: [{ id: versionId, role: 'original', origin: 'unknown', text: article.text }], ...model, history: [] }
      },
      fileName,
      fileSha256,
      format: parsed.format,
      encoding: parsed.encoding,
      actor,
      at
    })
    const valid = ArticleDoc.safeParse(doc)
    if (!valid.success) {
      const issue = valid.error.issues[0]
      throw new ImportFailure('import.unexpected', { detail: issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid' })
    }
    return valid.data
  })
}

/**
 * Stores what an annotated file held, all or nothing: the new articles (those whose text the
 * archive does not hold already) and the tag and relation types they bring, in one change.
 */
export async function storeAnnotated(file: string, docs: ArticleDoc[], encoding: string, deps: ImportDeps, target: AnnotatedTarget): Promise<ImportOutcome> {
  const fresh: ArticleDoc[] = []
  let existing: string | undefined
  for (const doc of docs) {
    const found = deps.target.findByTextHash(deps.hash(doc.versions[0]!.text))
    if (found === undefined) fresh.push(doc)
    else existing ??= found
  }
  const first = docs[0]!
  if (fresh.length === 0) return { file, status: 'duplicate', id: existing!, title: first.article.title, encoding }
  const types = fresh.flatMap((d) => d.annotations.map((a) => a.type))
  const relationTypes = fresh.flatMap((d) => d.relations.map((r) => r.type))
  await target.create(fresh, types, relationTypes)
  return {
    file,
    status: 'imported',
    id: fresh[0]!.article.id,
    title: fresh[0]!.article.title,
    encoding,
    annotations: fresh.reduce((n, d) => n + d.annotations.length, 0),
    ...(docs.length > 1 ? { articles: fresh.map((d) => d.article.id) } : {})
  }
}
