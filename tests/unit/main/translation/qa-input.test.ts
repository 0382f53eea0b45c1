import { describe, expect, it, vi } from 'vitest'
import { addAnnotation, runArticleCommand } from '@shared/annotation'
import type { Entity } from '@shared/model'
import { findTranslation } from '@shared/translation/commands'
import { makeCtx, makeDoc } from '../../../unit/shared/annotation/fixtures'

const runQa = vi.hoisted(() => vi.fn(() => [{ rowId: 'x', segment: 2, check: 'entity-name' as const, severity: 'warning' as const, params: { name: 'Li Ming' } }]))
vi.mock('@shared/translation/qa', () => ({ runQa }))
const { qaFindings } = await import('../../../../src/main/services/translation/segments')

const ZH = '市长李明周一访问了河西村。他说收入增长了。'
const EN = 'Mayor Li visited Hexi Village on Monday. He said income grew.'

describe('what QA is given', () => {
  it('rows with both sides, entity mentions placed in their rows and sides, registry names and archive renderings', () => {
    const ctx = makeCtx()
    const base = makeDoc(ZH)
    let doc = { ...base, versions: [{ ...base.versions[0]!, lang: 'zh' }] }
    doc = runArticleCommand(doc, { kind: 'addTranslation', input: { lang: 'en', text: EN } }, ctx).doc
    const { version, alignment } = findTranslation(doc, 'en')
    doc = addAnnotation(doc, { start: 2, end: 4, type: 'PERSON', entity: 'e1' }, ctx).doc
    doc = addAnnotation(doc, { start: 6, end: 8, type: 'PERSON', entity: 'e1', source: version.id }, ctx).doc
    const registry: Entity[] = [{ id: 'e1', type: 'PERSON', name: 'Li Ming', names: { en: 'Li Ming', zh: '李明' }, aliases: [], identifiers: {}, description: '' }]
    const renderings = vi.fn(() => ({ e1: ['Li', 'Li Ming'] }))
    const t = vi.fn((key: string, params?: Record<string, unknown>) => `${key} ${JSON.stringify(params)}`)
    const findings = qaFindings(doc, 'en', registry, t, renderings)
    expect(findings).toEqual([{ rowId: 'x', segment: 2, check: 'entity-name', severity: 'warning', params: { name: 'Li Ming' }, message: 'translate:qa.message.entity-name {"name":"Li Ming","segment":2}' }])
    expect(renderings).toHaveBeenCalledWith(new Set(['e1']), 'en')
    expect(runQa).toHaveBeenCalledWith(
      [
        { id: alignment.rows[0]!.id, source: '市长李明周一访问了河西村。', target: 'Mayor Li visited Hexi Village on Monday.', sourceLang: 'zh', targetLang: 'en', ignored: [] },
        { id: alignment.rows[1]!.id, source: '他说收入增长了。', target: 'He said income grew.', sourceLang: 'zh', targetLang: 'en', ignored: [] }
      ],
      {
        mentions: [
          { rowId: alignment.rows[0]!.id, side: 'source', entityId: 'e1', text: '李明' },
          { rowId: alignment.rows[0]!.id, side: 'target', entityId: 'e1', text: 'Li' }
        ],
        entities: [{ id: 'e1', names: [{ lang: 'en', name: 'Li Ming' }, { lang: 'zh', name: '李明' }], aliases: [] }],
        entityVariants: { e1: ['Li', 'Li Ming'] }
      }
    )
  })
})
