import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { Archive } from '../../../../src/main/archive'
import { mkfifo } from './fifo'
import { removeTempDirs, tempDir } from './helpers'

afterEach(removeTempDirs)

describe('a named pipe as .lock', () => {
  it('is answered at once (not read), as an unreadable lock', async () => {
    const dir = join(await tempDir(), 'arch')
    await (await Archive.open(dir)).close()
    await mkfifo(join(dir, '.lock'))
    // A fresh unreadable lock may be one being written right now: "in use", not a hang.
    await expect(Archive.open(dir)).rejects.toMatchObject({ code: 'archive.locked' })
    await rm(join(dir, '.lock'))
    await (await Archive.open(dir)).close()
  })
})
