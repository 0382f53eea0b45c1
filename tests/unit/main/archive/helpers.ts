import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SCHEMA_VERSION, type ArticleDoc } from '@shared/model'

const made: string[] = []

export async function tempDir(prefix = 'scriptorium-archive-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix))
  made.push(dir)
  return dir
}

export async function removeTempDirs(): Promise<void> {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
}

export function makeDoc(id: string, text = `Text of ${id}.`, importedAt = '2024-01-01T00:00:00.000Z'): ArticleDoc {
  return {
    schemaVersion: SCHEMA_VERSION,
    article: {
      id,
      title: `Title ${id}`,
      date: '2024-01-01',
      source: 'Test Source',
      language: 'en',
      tags: [],
      importedAt,
      origin: { fileName: `${id}.txt`, sha256: 'a'.repeat(64), format: 'txt', encoding: 'utf-8' }
    },
    versions: [{ id: 'original', lang: 'en', role: 'original', origin: 'unknown', text }],
    annotations: [],
    relations: [],
    alignments: [],
    history: []
  }
}

export function annotation(id: string): ArticleDoc['annotations'][number] {
  return {
    id,
    type: 'PERSON',
    target: {
      source: 'original',
      position: { type: 'TextPositionSelector', start: 0, end: 4 },
      quote: { type: 'TextQuoteSelector', exact: 'Text', prefix: '', suffix: ' of' }
    },
    entity: null,
    note: '',
    attributes: {},
    orphan: false,
    createdAt: '2024-01-02T00:00:00.000Z',
    createdBy: 'tester',
    modifiedAt: '2024-01-02T00:00:00.000Z'
  }
}
