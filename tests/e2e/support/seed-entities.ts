import type { APIRequestContext } from '@playwright/test'

/** Calls one contract operation over the loopback server, as the renderer does; throws on failure. */
export class ApiClient {
  private readonly origin: string
  private readonly token: string

  constructor(
    private readonly request: APIRequestContext,
    url: string
  ) {
    const parsed = new URL(url)
    this.origin = parsed.origin
    this.token = parsed.searchParams.get('token') ?? ''
  }

  async raw<T = unknown>(op: string, input: unknown): Promise<{ ok: true; value: T } | { ok: false; error: { code: string; field?: string } }> {
    const response = await this.request.post(`${this.origin}/api/${op}`, {
      headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' },
      data: input
    })
    return (await response.json()) as { ok: true; value: T } | { ok: false; error: { code: string } }
  }

  async call<T = unknown>(op: string, input: unknown): Promise<T> {
    const result = await this.raw<T>(op, input)
    if (!result.ok) throw new Error(`${op} failed: ${JSON.stringify(result.error)}`)
    return result.value
  }
}

interface ArticleView {
  doc: { versions: { id: string; text: string }[]; annotations: { id: string; type: string; entity: string | null }[] }
}

/** Code-point offsets of the n-th match of `pattern` in the article's first text version. */
async function spanOf(api: ApiClient, articleId: string, pattern: RegExp, nth = 0): Promise<{ start: number; end: number }> {
  const view = await api.call<ArticleView>('getArticle', { id: articleId })
  const text = view.doc.versions[0]?.text ?? ''
  const matches = [...text.matchAll(new RegExp(pattern.source, 'g'))]
  const match = matches[nth]
  if (!match || match.index === undefined) throw new Error(`${pattern} (#${nth}) not in ${articleId}`)
  const start = Array.from(text.slice(0, match.index)).length
  return { start, end: start + Array.from(match[0]).length }
}

export interface Seeded {
  /** Entity ids by canonical name. */
  ids: Record<string, string>
}

const ENTITIES = [
  { name: 'Dongpo District', type: 'PLACE', names: { en: 'Dongpo District', zh: '东坡区' } },
  { name: 'Shuiyue Subdistrict', type: 'PLACE' },
  { name: 'Qiao Yaping', type: 'PERSON', names: { en: 'Qiao Yaping', zh: '乔亚平' }, description: 'Executive deputy mayor of Fenghe.' },
  { name: 'Fenghe City', type: 'PLACE', names: { en: 'Fenghe City', zh: '丰河市' } },
  { name: 'Gu Wenqiang', type: 'PERSON', names: { zh: '顾文强' } },
  { name: 'Lanxia City', type: 'PLACE', identifiers: { geonames: '1796236' } },
  { name: 'Lanxia', type: 'PLACE' }
] as const

/** Mentions: article, what to tag, which match, which entity. */
const MENTIONS: [string, RegExp, number, string][] = [
  ['sample-2', /Dongpo District/, 0, 'Dongpo District'],
  ['sample-4', /Dongpo District/, 0, 'Dongpo District'],
  ['sample-2', /Shuiyue Subdistrict/, 0, 'Shuiyue Subdistrict'],
  ['sample-4', /Shuiyue Subdistrict/, 0, 'Shuiyue Subdistrict'],
  ['sample-2', /Qiao Yaping/, 0, 'Qiao Yaping'],
  ['sample-2', /Qiao Yaping/, 1, 'Qiao Yaping'],
  ['sample-2', /Fenghe City/, 0, 'Fenghe City'],
  ['sample-1', /Gu Wenqiang/, 0, 'Gu Wenqiang'],
  ['sample-1', /Gu Wenqiang/, 1, 'Gu Wenqiang'],
  ['sample-1', /Lanxia City/, 0, 'Lanxia City'],
  ['sample-1', /Lanxia(?! City)/, 0, 'Lanxia']
]

/** Seven entities and eleven linked mentions in the sample articles, plus one unlinked DATE. */
export async function seedEntities(api: ApiClient): Promise<Seeded> {
  const ids: Record<string, string> = {}
  for (const entity of ENTITIES) ids[entity.name] = (await api.call<{ id: string }>('createEntity', entity)).id
  for (const [articleId, pattern, nth, name] of MENTIONS) {
    const span = await spanOf(api, articleId, pattern, nth)
    await api.call('addAnnotation', { articleId, ...span, type: ENTITIES.find((e) => e.name === name)?.type, entity: ids[name] })
  }
  await api.call('addAnnotation', { articleId: 'sample-2', ...(await spanOf(api, 'sample-2', /October 23/)), type: 'DATE' })
  return { ids }
}
