import { spawn } from 'node:child_process'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { Archive } from '../../../../src/main/archive'
import { acquireLock } from '../../../../src/main/archive/lock'
import { removeTempDirs, tempDir } from './helpers'

afterEach(removeTempDirs)

async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' })
  await new Promise((resolve) => child.on('exit', resolve))
  return child.pid!
}

describe('archive lock', () => {
  it('writes {pid, host, startedAt} to .lock and removes it on close', async () => {
    const dir = await tempDir()
    const archive = await Archive.open(dir)
    const info = JSON.parse(await readFile(join(dir, '.lock'), 'utf8'))
    expect(info).toMatchObject({ pid: process.pid, host: hostname() })
    expect(Number.isNaN(Date.parse(info.startedAt))).toBe(false)
    await archive.close()
    await expect(readFile(join(dir, '.lock'))).rejects.toMatchObject({ code: 'ENOENT' })
    await archive.close() // idempotent
  })

  it('refuses a second opening while the first holds it', async () => {
    const dir = await tempDir()
    const first = await Archive.open(dir)
    await expect(Archive.open(dir)).rejects.toMatchObject({
      code: 'archive.locked',
      message: `Archive is in use by PID ${process.pid} on ${hostname()}`,
      params: { pid: process.pid, host: hostname() }
    })
    await first.close()
    const second = await Archive.open(dir)
    await second.close()
  })

  it('refuses a lock held by another live process', async () => {
    const dir = await tempDir()
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)'], { stdio: 'ignore' })
    try {
      await writeFile(join(dir, '.lock'), JSON.stringify({ pid: child.pid, host: hostname(), startedAt: new Date().toISOString() }))
      await expect(Archive.open(dir)).rejects.toMatchObject({ code: 'archive.locked', params: { pid: child.pid, host: hostname() } })
    } finally {
      child.kill()
    }
  })

  it('refuses a lock from another host, whose process cannot be checked', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, '.lock'), JSON.stringify({ pid: await deadPid(), host: 'elsewhere.example', startedAt: '' }))
    await expect(acquireLock(dir)).rejects.toMatchObject({ code: 'archive.locked', params: { host: 'elsewhere.example' } })
  })

  it('takes over a stale lock left by a dead process', async () => {
    const dir = await tempDir()
    const pid = await deadPid()
    await writeFile(join(dir, '.lock'), JSON.stringify({ pid, host: hostname(), startedAt: '2020-01-01T00:00:00.000Z' }))
    const archive = await Archive.open(dir)
    expect(JSON.parse(await readFile(join(dir, '.lock'), 'utf8')).pid).toBe(process.pid)
    await archive.close()
  })

  it('treats a fresh unreadable lock as held, so a lock being written is not stolen', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, '.lock'), '')
    await expect(acquireLock(dir)).rejects.toMatchObject({ code: 'archive.locked' })
  })

  it('lets exactly one of many openings at once take over a stale lock; the others hear "in use"', async () => {
    for (let round = 0; round < 10; round++) {
      const dir = await tempDir()
      await writeFile(join(dir, '.lock'), JSON.stringify({ pid: await deadPid(), host: hostname(), startedAt: '2020-01-01T00:00:00.000Z' }))
      const results = await Promise.allSettled(Array.from({ length: 8 }, () => acquireLock(dir)))
      const won = results.filter((r) => r.status === 'fulfilled')
      expect(won, `round ${round}`).toHaveLength(1)
      for (const r of results) if (r.status === 'rejected') expect(r.reason).toMatchObject({ code: 'archive.locked' })
      await (won[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof acquireLock>>>).value.release()
      expect(await readdir(dir), 'no claim or pending file is left').toEqual([])
    }
  })

  it('takes over a stale lock whose earlier taker was killed while claiming it', async () => {
    const dir = await tempDir()
    const stale = JSON.stringify({ pid: await deadPid(), host: hostname(), startedAt: '2020-01-01T00:00:00.000Z' })
    await writeFile(join(dir, '.lock'), stale)
    const { createHash } = await import('node:crypto')
    const claim = `.lock.claim-${createHash('sha256').update(stale).digest('hex').slice(0, 16)}`
    await writeFile(join(dir, claim), JSON.stringify({ pid: await deadPid(), host: hostname(), startedAt: '2020-01-01T00:00:01.000Z' }))
    await writeFile(join(dir, `.lock.${await deadPid()}-0badc0de.new`), '{}')
    const lock = await acquireLock(dir)
    expect(JSON.parse(await readFile(join(dir, '.lock'), 'utf8')).pid).toBe(process.pid)
    expect(await readdir(dir), 'what the killed taker left is swept').toEqual(['.lock'])
    await lock.release()
  })
})
