import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createTranslator } from '../../../../src/main/i18n'
import { cli, removeTempDirs, tempDir } from './helpers'

afterEach(removeTempDirs)

interface Line {
  file: string
  status: string
  id?: string
  reason?: string
  annotations?: number
  articles?: string[]
  unanchored?: number
}
interface Shown {
  title: string
  origin: { format: string }
  versions: { id: string; text: string }[]
  annotations: { id: string; type: string; target: { quote: { exact: string } }; note: string; attributes: Record<string, boolean>; entity: string | null }[]
  relations: { type: string; from: string; to: string }[]
}

const TEXT = 'Hu Tao visited Fuxin with the Youth League. 😀 Fuxin Daily reported.\n'
const ANN = [
  'T1\tPERSON 0 6\tHu Tao',
  'T2\tPLACE 15 20\tFuxin',
  'T3\tORG 30 42\tYouth League',
  'T4\tNEWSPAPER 46 57\tFuxin Daily',
  'A1\tUncertain T2',
  'R1\tmember-of Arg1:T1 Arg2:T3',
  'R2\treported-by Arg1:T2 Arg2:T4',
  '#1\tAnnotatorNotes T1\tdistrict secretary',
  'N1\tReference T1 Wikidata:Q42\tHu Tao',
  ''
].join('\n')

async function setup() {
  const home = await tempDir()
  const archive = join(home, 'archive')
  const run = (...argv: string[]) => cli([...argv, '--archive', archive], home)
  return { home, archive, run }
}

const lines = (stdout: string): Line[] => stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Line)
const registry = async (archive: string) => JSON.parse(await readFile(join(archive, 'registry.json'), 'utf8')) as { schema: { types: { name: string }[]; relationTypes: { name: string }[] } }
const listCount = async (run: (...argv: string[]) => Promise<{ stdout: string }>) => (JSON.parse((await run('list', '--json')).stdout) as unknown[]).length

describe('scriptorium import: other tools’ annotated files', () => {
  it('imports a brat .txt + .ann pair as one article with its annotations, relations and new types', async () => {
    const { home, archive, run } = await setup()
    await writeFile(join(home, 'news.txt'), TEXT)
    await writeFile(join(home, 'news.ann'), ANN)
    const result = await run('import', '--json', join(home, 'news.txt'), join(home, 'news.ann'))
    expect(result.code).toBe(0)
    const [line, ...rest] = lines(result.stdout)
    expect(rest).toEqual([])
    expect(line).toMatchObject({ status: 'imported', annotations: 4 })
    const shown = JSON.parse((await run('show', line!.id!, '--json')).stdout) as Shown
    expect(shown.versions[0]!.text).toBe(TEXT)
    expect(shown.origin.format).toBe('brat')
    expect(shown.annotations.map((a) => `${a.type}:${a.target.quote.exact}`)).toEqual(['PERSON:Hu Tao', 'PLACE:Fuxin', 'ORG:Youth League', 'NEWSPAPER:Fuxin Daily'])
    expect(shown.annotations[0]!.note).toBe('district secretary\n[wikidata:Q42 Hu Tao]')
    expect(shown.annotations[1]!.attributes).toEqual({ uncertain: true })
    expect(shown.relations.map((r) => r.type)).toEqual(['member-of', 'reported-by'])
    const reg = await registry(archive)
    expect(reg.schema.types.map((t) => t.name)).toContain('NEWSPAPER')
    expect(reg.schema.relationTypes.map((t) => t.name)).toContain('reported-by')
  })

  it('finds the pair from a folder or from the .ann alone, and prints the annotation count', async () => {
    const { run } = await setup()
    const files = await tempDir()
    await writeFile(join(files, 'news.txt'), TEXT)
    await writeFile(join(files, 'news.ann'), ANN)
    const folder = await run('import', '--json', files)
    expect(lines(folder.stdout).map((l) => [l.file, l.status])).toEqual([[join(files, 'news.txt'), 'imported']])
    const again = await run('import', join(files, 'news.ann'))
    expect(again.out.join('\n')).toMatch(/duplicate .*news\.ann: already in the archive/)
    const { home: other, run: fresh } = await setup()
    await writeFile(join(other, 'x.txt'), TEXT)
    await writeFile(join(other, 'x.ann'), ANN)
    const human = await fresh('import', join(other, 'x.ann'))
    expect(human.out.join('\n')).toContain('4 annotations in 1 article(s); 0 not found in the text')
  })

  it('refuses a malformed .ann naming the line, in the user’s language, and leaves the archive as it was', async () => {
    const { home, archive, run } = await setup()
    await run('list')
    const before = { count: await listCount(run), registry: await readFile(join(archive, 'registry.json'), 'utf8') }
    await writeFile(join(home, 'bad.txt'), TEXT)
    await writeFile(join(home, 'bad.ann'), `T1\tNEWTYPE 0 6\tHu Tao\nT2\tPLACE 15 20 Fuxin\n`)
    const result = await run('import', '--json', join(home, 'bad.txt'))
    expect(result.code).toBe(1)
    expect(lines(result.stdout)[0]!.reason).toBe('Line 2 of the .ann file is not a brat annotation line.')
    await writeFile(join(home, 'far.txt'), 'Hu Tao')
    await writeFile(join(home, 'far.ann'), 'T1\tPERSON 0 60\tHu Tao\n')
    const zh = await cli(['import', '--json', join(home, 'far.txt'), '--archive', archive], home, { t: createTranslator('zh-CN') })
    expect(lines(zh.stdout)[0]!.reason).toBe('.ann 文件第 1 行的偏移超出了文本末尾（偏移 60，文本只有 6 个字符）。')
    expect(await listCount(run)).toBe(before.count)
    expect(await readFile(join(archive, 'registry.json'), 'utf8')).toBe(before.registry)
  })

  it('reports an .ann without its .txt', async () => {
    const { home, run } = await setup()
    await writeFile(join(home, 'alone.ann'), ANN)
    const result = await run('import', '--json', join(home, 'alone.ann'))
    expect(lines(result.stdout)[0]!.reason).toBe('The brat annotations have no text beside them: alone.txt is missing.')
  })

  it('imports doccano JSONL as one article per line, all or nothing', async () => {
    const { home, run } = await setup()
    await run('list')
    const count = await listCount(run)
    const good = [
      JSON.stringify({ text: 'Li Yang met Hu Tao in Fuxin.', label: [[0, 7, 'PER'], [12, 18, 'PER'], [22, 27, 'LOC']] }),
      JSON.stringify({ text: '胡涛在阜新考察。', entities: [{ id: 1, label: 'PERSON', start_offset: 0, end_offset: 2 }], relations: [] })
    ]
    await writeFile(join(home, 'broken.jsonl'), `${good[0]}\n{"text": "x", "label": [[0, 5, "PER"]]}\n`)
    const bad = await run('import', '--json', join(home, 'broken.jsonl'))
    expect(lines(bad.stdout)[0]!.reason).toBe('Line 2 of the doccano file has a label past the end of its text (offset 5, the text has 1 characters).')
    expect(await listCount(run)).toBe(count)
    await writeFile(join(home, 'export.jsonl'), `${good.join('\n')}\n`)
    const result = await run('import', '--json', join(home, 'export.jsonl'))
    const [line] = lines(result.stdout)
    expect(line).toMatchObject({ status: 'imported', annotations: 4 })
    expect(line!.articles).toHaveLength(2)
    expect(await listCount(run)).toBe(count + 2)
    const second = JSON.parse((await run('show', line!.articles![1]!, '--json')).stdout) as Shown
    expect(second.annotations.map((a) => `${a.type}:${a.target.quote.exact}`)).toEqual(['PERSON:胡涛'])
  })

  it('imports a CoNLL IOB2 file as one article, and refuses a line without a tag', async () => {
    const { home, run } = await setup()
    await writeFile(join(home, 'tagged.conll'), 'Hu\tB-PER\nTao\tI-PER\nvisited\tO\nFuxin\tB-LOC\n.\tO\n\nHe\tO\nleft\tO\n.\tO\n')
    const result = await run('import', '--json', join(home, 'tagged.conll'))
    const [line] = lines(result.stdout)
    expect(line).toMatchObject({ status: 'imported', annotations: 2 })
    const shown = JSON.parse((await run('show', line!.id!, '--json')).stdout) as Shown
    expect(shown.versions[0]!.text).toBe('Hu Tao visited Fuxin.\nHe left.')
    expect(shown.annotations.map((a) => `${a.type}:${a.target.quote.exact}`)).toEqual(['PER:Hu Tao', 'LOC:Fuxin'])
    await writeFile(join(home, 'bad.conll'), 'Hu\tB-PER\nTao\n')
    const bad = await run('import', '--json', join(home, 'bad.conll'))
    expect(lines(bad.stdout)[0]!.reason).toBe('Line 2 of the CoNLL file is not a token and an IOB2 tag (B-TYPE, I-TYPE or O).')
  })

  it('anchors Web Annotation JSON-LD into an article named with --into, reporting what it could not anchor', async () => {
    const { home, run } = await setup()
    await writeFile(join(home, 'plain.txt'), 'A visit to Fuxin\n\nHu Tao visited Fuxin with the Youth League.\n\nHe left on Monday.')
    const id = lines((await run('import', '--json', join(home, 'plain.txt'))).stdout)[0]!.id!
    const jsonld = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      first: {
        type: 'AnnotationPage',
        items: [
          { id: 'urn:x:1', type: 'Annotation', body: [{ type: 'TextualBody', purpose: 'tagging', value: 'Person' }, { type: 'TextualBody', purpose: 'commenting', value: 'secretary' }], target: { selector: [{ type: 'TextQuoteSelector', exact: 'Hu Tao' }] } },
          { id: 'urn:x:2', type: 'Annotation', body: { type: 'TextualBody', purpose: 'tagging', value: 'youth-org' }, target: { selector: { type: 'TextQuoteSelector', exact: 'Youth League', prefix: 'the ' } } },
          { id: 'urn:x:3', type: 'Annotation', body: { type: 'TextualBody', purpose: 'tagging', value: 'PLACE' }, target: { selector: { type: 'TextQuoteSelector', exact: 'Shenyang' } } },
          { id: 'urn:x:4', type: 'Annotation', motivation: 'linking', body: [{ purpose: 'tagging', type: 'TextualBody', value: 'member-of' }, { type: 'SpecificResource', purpose: 'linking', source: 'urn:x:2' }], target: 'urn:x:1' }
        ]
      }
    }
    await writeFile(join(home, 'h.jsonld'), JSON.stringify(jsonld))
    const result = await run('import', '--json', join(home, 'h.jsonld'), '--into', id)
    expect(result.code).toBe(0)
    expect(lines(result.stdout)[0]).toMatchObject({ status: 'imported', id, annotations: 2, unanchored: 1 })
    const shown = JSON.parse((await run('show', id, '--json')).stdout) as Shown
    expect(shown.annotations.map((a) => `${a.type}:${a.target.quote.exact}:${a.note}`)).toEqual(['PERSON:Hu Tao:secretary', 'YOUTH-ORG:Youth League:'])
    expect(shown.relations.map((r) => r.type)).toEqual(['member-of'])
  })

  it('refuses malformed JSON-LD, an unknown article and a .jsonld without --into, changing nothing', async () => {
    const { home, run } = await setup()
    await writeFile(join(home, 'plain.txt'), 'A visit\n\nHu Tao visited Fuxin.')
    const id = lines((await run('import', '--json', join(home, 'plain.txt'))).stdout)[0]!.id!
    const before = (await run('show', id, '--json')).stdout
    await writeFile(join(home, 'bad.jsonld'), '{"type": "Annotation", "target": ')
    const bad = await run('import', '--json', join(home, 'bad.jsonld'), '--into', id)
    expect(bad.code).toBe(1)
    expect(lines(bad.stdout)[0]!.reason).toMatch(/^This is not Web Annotation JSON-LD: /)
    await writeFile(join(home, 'ok.jsonld'), JSON.stringify({ type: 'Annotation', target: { selector: { type: 'TextQuoteSelector', exact: 'Fuxin' } } }))
    const missing = await run('import', '--json', join(home, 'ok.jsonld'), '--into', 'no-such-article')
    expect(lines(missing.stdout)[0]!.reason).toContain('no-such-article')
    const usage = await run('import', join(home, 'ok.jsonld'), '--into', '../etc')
    expect(usage.code).toBe(2)
    const without = await run('import', '--json', join(home, 'ok.jsonld'))
    expect(lines(without.stdout)[0]!.reason).toContain('--into')
    expect((await run('show', id, '--json')).stdout).toBe(before)
  })
})
