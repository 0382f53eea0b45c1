import { describe, expect, it } from 'vitest'
import { entityKeys, linkableAnnotations, linkKey } from '@shared/batch/link-matches'
import type { Annotation } from '@shared/model'

const mention = (id: string, exact: string, entity: string | null = null, orphan = false): Annotation =>
  ({ id, type: 'PERSON', entity, orphan, target: { source: 'v1', quote: { exact, prefix: '', suffix: '' }, position: { start: 0, end: exact.length } } }) as unknown as Annotation

describe('which mentions a batch link takes', () => {
  const keys = entityKeys({ name: 'Hu Tao', names: { zh: '胡涛', fr: 'Hú Táo' }, aliases: ['Secretary Hu'] })

  it('folds case, diacritics, full width and spacing', () => {
    expect(linkKey('  ＨＵ   tao ')).toBe('hu tao')
    expect([...keys].sort()).toEqual(['hu tao', 'secretary hu', '胡涛'])
  })

  it('takes unlinked mentions (orphans too) whose quote is any of the names, never linked ones or partial matches', () => {
    const found = linkableAnnotations(
      [mention('a', 'HU TAO'), mention('b', '胡涛'), mention('c', 'Hu Tao', 'e9'), mention('d', 'Hu'), mention('e', 'secretary  hu', null, true), mention('f', '胡涛书记')],
      keys
    )
    expect(found.map((a) => a.id)).toEqual(['a', 'b', 'e'])
  })
})
