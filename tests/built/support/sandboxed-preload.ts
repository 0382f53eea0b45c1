import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import vm from 'node:vm'
import { BUILT_PRELOAD, built } from './built-files'

/**
 * What Electron's sandboxed `require` gives a preload (`sandbox: true`). Requiring anything else
 * throws before `contextBridge.exposeInMainWorld` runs, and the window gets no `window.api`.
 */
export const SANDBOX_MODULES = ['electron', 'events', 'timers', 'url', 'node:events', 'node:timers', 'node:url']

type Listener = (event: unknown, ...args: unknown[]) => void

/** The parts of `ipcRenderer` a preload uses, recording what it does. */
export class FakeIpcRenderer {
  readonly invocations: { channel: string; args: unknown[] }[] = []
  private readonly listeners = new Map<string, Listener[]>()

  invoke = (channel: string, ...args: unknown[]): Promise<unknown> => {
    this.invocations.push({ channel, args })
    return Promise.resolve({ ok: true, value: { answeredOn: channel } })
  }

  on = (channel: string, listener: Listener): this => {
    this.listeners.set(channel, [...this.listenersOn(channel), listener])
    return this
  }

  addListener = this.on

  removeListener = (channel: string, listener: Listener): this => {
    const rest = [...this.listenersOn(channel)]
    const at = rest.indexOf(listener)
    if (at >= 0) rest.splice(at, 1)
    this.listeners.set(channel, rest)
    return this
  }

  off = this.removeListener

  /** What main's `webContents.send(channel, payload)` does: every listener gets (event, payload). */
  emit(channel: string, payload: unknown): void {
    for (const listener of this.listenersOn(channel)) listener({ sender: this, senderId: 0, ports: [] }, payload)
  }

  listenerCount(channel?: string): number {
    if (channel !== undefined) return this.listenersOn(channel).length
    return [...this.listeners.values()].reduce((sum, list) => sum + list.length, 0)
  }

  private listenersOn(channel: string): Listener[] {
    return this.listeners.get(channel) ?? []
  }
}

export interface LoadedPreload {
  source: string
  /** What the preload handed to `contextBridge.exposeInMainWorld`, by key. */
  exposed: Map<string, unknown>
  ipc: FakeIpcRenderer
  required: string[]
  /** The files the preload asked `webUtils.getPathForFile` about. */
  pathsAsked: unknown[]
}

/**
 * Runs the built preload the way a sandboxed renderer does: in a fresh global without Node's,
 * wrapped like Electron's sandboxed preloads, with a `require` that allows only the sandbox's
 * modules and an `electron` of fakes.
 */
export function loadSandboxedPreload(): LoadedPreload {
  const source = readFileSync(built(BUILT_PRELOAD), 'utf8')
  const ipc = new FakeIpcRenderer()
  const exposed = new Map<string, unknown>()
  const required: string[] = []
  const pathsAsked: unknown[] = []
  const webUtils = { getPathForFile: (file: unknown) => (pathsAsked.push(file), '/home/someone/bundle.zip') }
  const contextBridge = {
    exposeInMainWorld(key: string, value: unknown) {
      if (exposed.has(key)) throw new Error(`Cannot bind an API on top of an existing property on the window object: ${key}`)
      exposed.set(key, value)
    }
  }
  const nodeRequire = createRequire(import.meta.url)
  const sandboxedRequire = (id: string): unknown => {
    required.push(id)
    if (id === 'electron') return { contextBridge, ipcRenderer: ipc, webUtils }
    if (SANDBOX_MODULES.includes(id)) return nodeRequire(id)
    throw new Error(`module not found: ${id}`)
  }
  const context = vm.createContext({ console })
  const process = { platform: 'linux', env: {}, sandboxed: true, contextIsolated: true, type: 'renderer' }
  // Electron's wrapper for sandboxed preloads (runPreloadScript): these names, no others.
  const params = ['require', 'process', 'exports', 'module', 'Buffer', 'global', 'setImmediate', 'clearImmediate']
  const run = vm.compileFunction(source, params, { parsingContext: context, filename: BUILT_PRELOAD })
  const module = { exports: {} }
  run(sandboxedRequire, process, module.exports, module, Buffer, vm.runInContext('globalThis', context), setImmediate, clearImmediate)
  return { source, exposed, ipc, required, pathsAsked }
}

/** Every leaf the preload exposes, by its path from `window` (`api.getArticle`, `menu.on`). */
export function exposedPaths(exposed: Map<string, unknown>): Map<string, unknown> {
  const leaves = new Map<string, unknown>()
  const walk = (path: string, value: unknown) => {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [key, child] of Object.entries(value)) walk(`${path}.${key}`, child)
    } else leaves.set(path, value)
  }
  for (const [key, value] of exposed) walk(key, value)
  return leaves
}
