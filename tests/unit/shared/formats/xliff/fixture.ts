import type { XliffArticle } from '@shared/formats/xliff'

/**
 * A Chinese article and its English MT, written for these tests: rows 1-1, 1-2 (one source
 * sentence, two target sentences) and 2-1, every state, a note, the MT kept where the target
 * was post-edited, and mentions on both sides (nested, crossing, linked to Wikidata or not).
 */
export const ZH = '河西村举办丰收节。市长李明出席。他致辞。全村收入增长。'
export const EN = 'Hexi Village held a harvest festival. Mayor Li Ming attended. He gave a speech. Village income grew. It was sunny.'

//                 河西村举办丰收节。 [0,9)  市长李明出席。 [9,16)  他致辞。 [16,20)  全村收入增长。 [20,27)
// Hexi Village held a harvest festival. [0,37)  Mayor Li Ming attended. He gave a speech. [38,79)  Village income grew. [80,100)  It was sunny. [101,114) (0-1)
export function fixtureArticle(): XliffArticle {
  return {
    articleId: 'hexi-1',
    source: { versionId: 'vzh', lang: 'zh', text: ZH },
    target: { versionId: 'ven', lang: 'en', text: EN, engine: 'TestMT <beta> & co' },
    rows: [
      { id: 'r1', source: { start: 0, end: 9 }, target: { start: 0, end: 37 }, status: 'final', note: '', mt: 'Hexi village held harvest festival.' },
      { id: 'r2', source: { start: 9, end: 16 }, target: { start: 38, end: 79 }, status: 'reviewed', note: 'Check the title: "Mayor" <or> "Major"?', mt: 'Mayor Li Ming attended. He gave a speech.' },
      { id: 'r3', source: { start: 16, end: 27 }, target: { start: 80, end: 100 }, status: 'translated', note: '', mt: '' },
      { id: 'r4', source: { start: 27, end: 27 }, target: { start: 101, end: 114 }, status: 'initial', note: '', mt: 'It was sunny.' }
    ],
    sourceMentions: [
      { start: 0, end: 3, type: 'PLACE', entityId: 'e-hexi', annotationId: 'a1' },
      { start: 11, end: 13, type: 'PERSON', entityId: 'e-li', annotationId: 'a2' },
      // Nested in the person: the title and name together as a role.
      { start: 9, end: 13, type: 'ROLE', annotationId: 'a3' },
      // Crosses a row boundary: left out of both rows.
      { start: 7, end: 11, type: 'MISC' }
    ],
    targetMentions: [
      { start: 0, end: 12, type: 'PLACE', entityId: 'e-hexi', annotationId: 'b1' },
      { start: 44, end: 51, type: 'PERSON', entityId: 'e-li', annotationId: 'b2' },
      // Crosses the person's end: written as <sm>/<em>.
      { start: 47, end: 60, type: 'MISC' }
    ],
    wikidata: { 'e-li': 'Q123456' }
  }
}
