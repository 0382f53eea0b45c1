import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { runCli } from '../../../../src/main/cli/run'
import { createTranslator } from '../../../../src/main/i18n'
import { capture, removeTempDirs, tempDir } from './helpers'

afterEach(removeTempDirs)

async function waitFor<T>(probe: () => T | undefined, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms
  for (;;) {
    const value = probe()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

describe('scriptorium serve', () => {
  it('prints one URL with the token, serves the contract, and stops when interrupted', async () => {
    const home = await tempDir()
    const { io, out, err, interrupt } = capture({ SCRIPTORIUM_HOME: home })
    const exit = runCli(['serve', '--port', '0', '--archive', join(home, 'archive')], io, createTranslator('en'))
    const line = await waitFor(() => out.find((l) => l.startsWith('Scriptorium: ')))
    const match = /^Scriptorium: http:\/\/127\.0\.0\.1:(\d+)\/\?token=([0-9a-f]+)$/.exec(line)
    expect(match, line).not.toBeNull()
    const [, port, token] = match!
    const base = `http://127.0.0.1:${port}`
    const list = await fetch(`${base}/api/listArticles`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: '{}' })
    expect(list.status).toBe(200)
    expect(((await list.json()) as { value: unknown[] }).value).toHaveLength(4)
    expect((await fetch(`${base}/api/listArticles`, { method: 'POST', body: '{}' })).status).toBe(401)

    interrupt()
    expect(await exit).toBe(0)
    expect(err).toEqual([])
    await expect(fetch(`${base}/api/appInfo`, { method: 'POST' })).rejects.toThrow()
  })
})
