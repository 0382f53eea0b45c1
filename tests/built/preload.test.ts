import { statSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CHANGES_CHANNEL, channelFor, MENU_CHANNEL } from '@shared/ipc/channels'
import { operationNames } from '@shared/ipc/operation-names'
import { BUILT_PRELOAD } from './support/built-files'
import { exposedPaths, loadSandboxedPreload, SANDBOX_MODULES } from './support/sandboxed-preload'

/**
 * Every subscription the preload exposes besides the operations: its path from `window` and
 * the channel main sends on. Exposing a new one (a change feed, job progress) without a line
 * here fails "exposes the contract's operations and the known listeners, nothing else".
 */
const LISTENERS: { path: string; channel: string }[] = [
  { path: 'menu.on', channel: MENU_CHANNEL },
  { path: 'changes.on', channel: CHANGES_CHANNEL }
]

/** A few invokers and listeners (about 1.5 KB): near this limit, the bundle has taken in code a preload has no use for. */
const MAX_PRELOAD_BYTES = 8 * 1024

const OPERATION_PATHS = operationNames.map((name) => `api.${name}`)

describe('the built preload (out/preload/index.cjs) in a sandboxed renderer', () => {
  it('loads with only the modules a sandboxed preload may require', () => {
    const { required, exposed } = loadSandboxedPreload()
    expect(required.filter((id) => !SANDBOX_MODULES.includes(id))).toEqual([])
    expect(required).toContain('electron')
    expect([...exposed.keys()].length).toBeGreaterThan(0)
  })

  it('names no other module anywhere in the bundle, not even on a path that did not run', () => {
    const { source } = loadSandboxedPreload()
    const requireCalls = [...source.matchAll(/\brequire\s*\(/g)].length
    const literal = [...source.matchAll(/\brequire\s*\(\s*(["'])([^"']+)\1\s*\)/g)].map((match) => match[2]!)
    expect(literal.length, 'every require names its module literally').toBe(requireCalls)
    expect(literal.filter((id) => !SANDBOX_MODULES.includes(id))).toEqual([])
    expect(source, 'a dynamic import cannot run in a sandboxed preload').not.toMatch(/\bimport\s*\(/)
  })

  it('is a small CommonJS script', () => {
    // loadSandboxedPreload compiles it as a function body: an ES module `import` would not parse.
    expect(() => loadSandboxedPreload()).not.toThrow()
    expect(statSync(BUILT_PRELOAD).size).toBeLessThan(MAX_PRELOAD_BYTES)
  })

  it("exposes the contract's operations, the known listeners and files.pathOf, nothing else", () => {
    const paths = [...exposedPaths(loadSandboxedPreload().exposed).keys()]
    expect(paths.sort()).toEqual([...OPERATION_PATHS, ...LISTENERS.map((listener) => listener.path), 'files.pathOf'].sort())
  })

  it("files.pathOf answers a file's path from webUtils.getPathForFile (a large bundle is then read there, not sent)", () => {
    const { exposed, pathsAsked, ipc } = loadSandboxedPreload()
    const pathOf = exposedPaths(exposed).get('files.pathOf') as (file: unknown) => string
    const file = { name: 'bundle.zip' }
    expect(pathOf(file)).toBe('/home/someone/bundle.zip')
    expect(pathsAsked).toEqual([file])
    expect(ipc.invocations).toEqual([])
  })

  it('sends nothing and listens to nothing until the page asks', () => {
    const { ipc } = loadSandboxedPreload()
    expect(ipc.invocations).toEqual([])
    expect(ipc.listenerCount()).toBe(0)
  })

  it.each(operationNames)('window.api.%s invokes its own channel with the input and answers what main answered', async (name) => {
    const { exposed, ipc } = loadSandboxedPreload()
    const operation = exposedPaths(exposed).get(`api.${name}`) as (input: unknown) => Promise<unknown>
    const input = { marker: name }
    await expect(operation(input)).resolves.toEqual({ ok: true, value: { answeredOn: channelFor(name) } })
    expect(ipc.invocations).toEqual([{ channel: channelFor(name), args: [input] }])
  })

  it.each(LISTENERS)('$path subscribes on $channel, hands the page only the payload, and unsubscribes only itself', ({ path, channel }) => {
    const { exposed, ipc } = loadSandboxedPreload()
    const subscribe = exposedPaths(exposed).get(path) as (handler: (...args: unknown[]) => void) => () => void
    const first: unknown[][] = []
    const second: unknown[][] = []
    const unsubscribeFirst = subscribe((...args) => first.push(args))
    const unsubscribeSecond = subscribe((...args) => second.push(args))
    expect(ipc.listenerCount(channel)).toBe(2)

    ipc.emit(channel, 'payload-1')
    // The IPC event (with its `sender`) never reaches the page.
    expect(first).toEqual([['payload-1']])
    expect(second).toEqual([['payload-1']])

    unsubscribeFirst()
    ipc.emit(channel, 'payload-2')
    expect(first).toEqual([['payload-1']])
    expect(second).toEqual([['payload-1'], ['payload-2']])

    unsubscribeSecond()
    expect(ipc.listenerCount()).toBe(0)
  })
})
