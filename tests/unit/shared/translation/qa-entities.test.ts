import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { resources } from '@shared/i18n/resources'
import { runQa, type QaCheck, type QaEntity, type QaEntityMention, type QaFinding, type QaRow } from '@shared/translation/qa'

let next = 0
function row(source: string, target: string, targetLang = 'en'): QaRow {
  return { id: `e${++next}`, source, target, sourceLang: targetLang === 'en' ? 'zh' : 'en', targetLang, ignored: [] }
}
const only = (check: QaCheck, rows: QaRow[], options?: Parameters<typeof runQa>[1]): QaFinding[] => runQa(rows, options).filter((f) => f.check === check)
async function translator(lng: string) {
  const t = i18next.createInstance()
  await t.init({ lng, resources, ns: ['translate'], interpolation: { escapeValue: false } })
  return t
}
const source = (r: QaRow, entityId: string, text: string): QaEntityMention => ({ rowId: r.id, side: 'source', entityId, text })
const target = (r: QaRow, entityId: string, text: string): QaEntityMention => ({ rowId: r.id, side: 'target', entityId, text })

const entities: QaEntity[] = [
  { id: 'wang', names: [{ lang: 'zh', name: '王建国' }, { lang: 'en', name: 'Wang Jianguo' }], aliases: ['Mayor Wang', '王市长'] },
  { id: 'who', names: [{ lang: 'en', name: 'World Health Organization' }, { lang: 'zh-CN', name: '世界卫生组织' }], aliases: ['WHO'] },
  { id: 'lake', names: [{ lang: 'zh', name: '东湖' }], aliases: ['Donghu'] }
]

describe('entity-name with the registry', () => {
  it('names the expected translation when neither it nor an alias is there', async () => {
    const r = row('王建国出席会议。', 'The mayor attended the meeting.')
    const [finding] = only('entity-name', [r], { mentions: [source(r, 'wang', '王建国')], entities })
    expect(finding).toMatchObject({ severity: 'warning', params: { name: '王建国', expected: 'Wang Jianguo' } })
    const t = await translator('en')
    expect(t.t('translate:qa.message.entity-name', finding!.params)).toContain('“Wang Jianguo”')
  })

  it('accepts an alias in place of the registered name, ignoring case', () => {
    const a = row('王建国讲话。', 'Mayor Wang spoke.')
    const b = row('王建国讲话。', 'WANG JIANGUO spoke.')
    const c = row('王建国讲话。', 'mayor wang spoke.')
    expect(only('entity-name', [a, b, c], { mentions: [source(a, 'wang', '王建国'), source(b, 'wang', '王建国'), source(c, 'wang', '王建国')], entities })).toEqual([])
  })

  it('finds a Chinese target name inside a sentence with no spaces, and flags it when missing', () => {
    const ok = row('The WHO issued a warning.', '世界卫生组织发出警告。', 'zh-CN')
    const missing = row('The WHO issued a warning.', '卫生组织发出警告。', 'zh-CN')
    const findings = only('entity-name', [ok, missing], { mentions: [source(ok, 'who', 'WHO'), source(missing, 'who', 'WHO')], entities })
    expect(findings.map((f) => [f.segment, f.params.expected])).toEqual([[2, '世界卫生组织']])
  })

  it('gives no finding for an entity with no name in the target language, even with aliases', () => {
    const r = row('东湖很美。', 'The lake is beautiful.')
    expect(only('entity-name', [r], { mentions: [source(r, 'lake', '东湖')], entities })).toEqual([])
  })

  it('does not take a name inside a longer word', () => {
    const r = row('王建国讲话。', 'Wangjianguoism and Mayor Wangs spoke.')
    expect(only('entity-name', [r], { mentions: [source(r, 'wang', '王建国')], entities })).toHaveLength(1)
  })
})

describe('entity-variant with the registry', () => {
  it('flags a tagged rendering that is not the registry name, naming it', async () => {
    const r = row('王建国讲话。', 'Jianguo Wang spoke.')
    const [finding] = only('entity-variant', [r], { mentions: [target(r, 'wang', 'Jianguo Wang')], entities })
    expect(finding).toMatchObject({ severity: 'info', params: { name: 'Jianguo Wang', preferred: 'Wang Jianguo', context: 'preferred' } })
    const t = await translator('zh-CN')
    expect(t.t('translate:qa.message.entity-variant', finding!.params)).toBe('“Jianguo Wang”不是该语言的登记名称“Wang Jianguo”。')
  })

  it('never flags the registry name itself, however other articles rendered it', () => {
    const r = row('王建国讲话。', 'wang jianguo spoke.')
    const options = { mentions: [target(r, 'wang', 'wang jianguo')], entities, entityVariants: { wang: ['Jianguo Wang', 'Wang Jianguo'] } }
    expect(only('entity-variant', [r], options)).toEqual([])
  })

  it('reads the rendering of an entity tagged only in the source from the target, and lists what other articles wrote', () => {
    const r = row('王建国讲话。', 'Mayor Wang spoke.')
    const options = { mentions: [source(r, 'wang', '王建国')], entities, entityVariants: { wang: ['Wang Jianguo', 'Wang Jian-guo'] } }
    const [finding] = only('entity-variant', [r], options)
    expect(finding?.params).toEqual({ name: 'Mayor Wang', preferred: 'Wang Jianguo', variants: 'Wang Jian-guo', context: 'both' })
    // The alias is accepted by entity-name: only the info finding remains.
    expect(runQa([r], options).map((f) => f.check)).toEqual(['entity-variant'])
  })

  it('without a registry name, compares the article’s renderings with each other (Chinese target)', () => {
    const a = row('East Lake is big.', '东湖很大。', 'zh-CN')
    const b = row('East Lake is deep.', '东湖水库很深。', 'zh-CN')
    const mentions = [target(a, 'lake', '东湖'), target(b, 'lake', '东湖水库')]
    // The registry's Chinese name wins where it has one …
    expect(only('entity-variant', [a, b], { mentions, entities }).map((f) => [f.segment, f.params.preferred])).toEqual([[2, '东湖']])
    // … and where it has none, the renderings are compared with each other.
    const unnamed = [{ id: 'lake', names: [{ lang: 'en', name: 'East Lake' }] }]
    expect(only('entity-variant', [a, b], { mentions, entities: unnamed }).map((f) => [f.segment, f.params])).toEqual([
      [1, { name: '东湖', variants: '东湖水库' }],
      [2, { name: '东湖水库', variants: '东湖' }]
    ])
  })

  it('stays quiet when the source entity is not rendered at all (entity-name reports that)', () => {
    const r = row('王建国讲话。', 'He spoke.')
    expect(only('entity-variant', [r], { mentions: [source(r, 'wang', '王建国')], entities, entityVariants: { wang: ['Jianguo Wang'] } })).toEqual([])
  })
})
