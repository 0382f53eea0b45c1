import { rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { readDamageLog } from '../../../../src/main/archive/damage-log'
import { call } from '../../../../src/main/dispatch'
import { openApp } from '../annotation/helpers'
import { removeTempDirs } from './helpers'

afterEach(removeTempDirs)

describe('a failing bookkeeping write after the real write (operations, as the app calls them)', () => {
  it('createEntity answers success once, so a retry never makes a second entity', async () => {
    const app = await openApp()
    try {
      // backups/ replaced by a file: every backup write fails (as with a full disk or no permission).
      await rm(join(app.archiveDir, 'backups'), { recursive: true })
      await writeFile(join(app.archiveDir, 'backups'), 'not a folder')
      const created = await call(app.dispatch, 'createEntity', { type: 'PERSON', name: 'Li Wei', names: {}, aliases: [], identifiers: {}, description: '' })
      expect(created.ok).toBe(true)
      const registry = await call(app.dispatch, 'getRegistry', {})
      expect(registry.ok && registry.value.entities.map((e) => e.name)).toEqual(['Li Wei'])
    } finally {
      await app.close()
    }
    const log = await readDamageLog(join(app.archiveDir, 'damage.log.json'))
    expect(log.entries.map((e) => `${e.kind} ${e.file}`)).toContain('bookkeepingFailed backups')
  })
})
