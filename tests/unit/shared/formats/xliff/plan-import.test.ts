import { describe, expect, it } from 'vitest'
import { runArticleCommand } from '@shared/annotation'
import { planXliffImport, readXliff21, serializeXliff21, xliffArticle } from '@shared/formats/xliff'
import type { ArticleDoc } from '@shared/model'
import { makeCtx, makeDoc } from '../../annotation/fixtures'

const EN = 'Mayor Li Ming visited the the village. He praised the harvest.'

/** An English article whose own text is MT: marked, so post-editing is monolingual. */
function marked(): ArticleDoc {
  return runArticleCommand(makeDoc(EN), { kind: 'markMachineTranslation', input: { engine: 'TestMT' } }, makeCtx()).doc
}

describe('planXliffImport', () => {
  it('round-trips a monolingual translation: the MT is the source, the post-edit the target', () => {
    const doc = marked()
    const xml = serializeXliff21(xliffArticle(doc, 'en', []))
    const edited = xml.replace('>Mayor Li Ming visited the the village.</target>', '>Mayor Li Ming visited the village.</target>').replace('state="initial"', 'state="translated"')
    const plan = planXliffImport(doc, readXliff21(edited))
    const [first, second] = doc.alignments[0]!.rows
    expect(plan.edits).toEqual([{ lang: 'en', rowId: first!.id, text: 'Mayor Li Ming visited the village.', status: 'translated' }])
    expect(plan.unchanged).toEqual([second!.id])
    // Applied, the MT stays the source: the same file again changes nothing.
    const after = runArticleCommand(doc, { kind: 'postEdit', input: plan.edits[0]! }, makeCtx()).doc
    expect(planXliffImport(after, readXliff21(edited))).toMatchObject({ edits: [], unknown: [], sourceChanged: [] })
  })

  it('keeps the status when a tool drops the state, clears the note when it drops the notes, and counts a repeated unit as unknown', () => {
    let doc = marked()
    const rowId = doc.alignments[0]!.rows[0]!.id
    doc = runArticleCommand(doc, { kind: 'postEdit', input: { lang: 'en', rowId, status: 'reviewed', note: 'check the name' } }, makeCtx()).doc
    const xml = serializeXliff21(xliffArticle(doc, 'en', []))
    expect(xml).toContain('check the name')
    const stripped = xml.replace(/ state="[a-z]+"/g, '').replace(/<notes>[\s\S]*?<\/notes>/, '')
    const repeated = stripped.replace(/(<unit id="[^"]+">[\s\S]*?<\/unit>)/, '$1$1')
    const plan = planXliffImport(doc, readXliff21(repeated))
    expect(plan.edits).toEqual([{ lang: 'en', rowId, note: '' }])
    expect(plan.unknown).toEqual([rowId])
  })
})
