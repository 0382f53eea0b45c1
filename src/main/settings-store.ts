import { mkdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { DEFAULT_SETTINGS, Settings } from '@shared/model'
import { DurableAdapter } from './archive/durable-adapter'

/**
 * The user's preferences in `<userData>/settings.json`. A damaged or outdated file never
 * blocks the app: each field falls back to its default on its own.
 */
export class SettingsStore {
  private readonly listeners = new Set<(settings: Settings) => void>()

  private constructor(
    private readonly adapter: DurableAdapter<Settings>,
    private current: Settings
  ) {}

  static async open(userData: string): Promise<SettingsStore> {
    const adapter = new DurableAdapter<Settings>(join(userData, 'settings.json'))
    const stored = await adapter.read().catch(() => null)
    return new SettingsStore(adapter, SettingsStore.sanitize(stored))
  }

  static sanitize(stored: unknown): Settings {
    const result = { ...DEFAULT_SETTINGS }
    if (stored === null || typeof stored !== 'object') return result
    const shape = Settings.shape
    for (const key of Object.keys(shape) as (keyof Settings)[]) {
      const parsed = shape[key].safeParse((stored as Record<string, unknown>)[key])
      if (parsed.success) Object.assign(result, { [key]: parsed.data })
    }
    return result
  }

  get(): Settings {
    return { ...this.current }
  }

  async update(patch: Partial<Settings>): Promise<Settings> {
    const next = { ...this.current, ...patch }
    await mkdir(dirname(this.adapter.file), { recursive: true })
    await this.adapter.write(next)
    this.current = next
    for (const listener of this.listeners) listener(this.get())
    return this.get()
  }

  /** Calls `listener` after every saved change; returns a function that unsubscribes. */
  onChange(listener: (settings: Settings) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
}
