import { describe, expect, it } from 'vitest'
import { pairBratFiles } from '../../../../../src/renderer/src/features/import/brat-pairs'

const file = (name: string) => ({ name })

describe('pairing brat files chosen together', () => {
  it('sends each .ann with its .txt, keeps other files, and leaves an unpaired .ann alone', () => {
    const files = [file('a.ann'), file('a.txt'), file('b.TXT'), file('b.ann'), file('c.jsonl'), file('d.ann'), file('e.txt')]
    const items = pairBratFiles(files).map((i) => [i.file.name, i.ann?.name ?? null])
    expect(items).toEqual([
      ['a.txt', 'a.ann'],
      ['b.TXT', 'b.ann'],
      ['c.jsonl', null],
      ['e.txt', null],
      ['d.ann', null]
    ])
  })
})
