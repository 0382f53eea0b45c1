import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { manifestTxt, payloadOxum, type BagFile } from '@shared/formats/bagit'
import { PackedManifest } from '../../../../src/main/services/bundle/packed-manifest'

const sha = (text: string): string => createHash('sha256').update(text).digest('hex')

describe('the packed payload manifest', () => {
  it('writes the same manifest-sha256.txt and Payload-Oxum as the plain one, over many chunks and in any order of adding', () => {
    const files = new Map<string, BagFile>()
    // 20,000 lines of ~110 bytes: past two 1 MB chunks. Ids where "a-b" sorts before "a/".
    for (let i = 0; i < 5_000; i += 1) {
      for (const file of ['article.json', 'en.txt', 'en.ann', 'tei.xml']) {
        const id = i % 7 === 0 ? `art-${i}` : `art${i}`
        files.set(`data/articles/${id}/${file}`, { size: i + file.length, sha256: sha(`${id}/${file}`) })
      }
    }
    for (const path of ['data/README.txt', 'data/entities.json', 'data/schema.json', 'data/50%.txt']) files.set(path, { size: 7, sha256: sha(path) })
    const packed = new PackedManifest()
    const shuffled = [...files].sort(([a], [b]) => (sha(a) < sha(b) ? -1 : 1))
    for (const [path, file] of shuffled) packed.add(path, file.size, file.sha256)

    expect(packed.count).toBe(files.size)
    expect(packed.oxum()).toBe(payloadOxum(files.values()))
    expect(packed.text().toString('utf8')).toBe(manifestTxt(files))
  })

  it('refuses to write a manifest that names a file twice', () => {
    const packed = new PackedManifest()
    packed.add('data/a.txt', 1, sha('a'))
    packed.add('data/b.txt', 1, sha('b'))
    packed.add('data/a.txt', 1, sha('a again'))
    expect(() => packed.text()).toThrow(/twice/)
  })

  it('writes an empty manifest for an empty payload', () => {
    const packed = new PackedManifest()
    expect(packed.text().length).toBe(0)
    expect(packed.oxum()).toBe('0.0')
  })
})
