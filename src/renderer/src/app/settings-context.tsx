import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import { DEFAULT_SETTINGS } from '@shared/model/defaults'
import type { Settings } from '@shared/model'
import type { AppError } from '@shared/ipc/result'
import { api } from '../api'
import i18n, { resolveLanguage } from '../i18n'
import { useTheme } from './use-theme'

interface SettingsState {
  settings: Settings
  /** False until the saved settings have been read (the first paint waits for them). */
  ready: boolean
  /** Changes sent and not yet acknowledged as stored. */
  saving: boolean
  update: (patch: Partial<Settings>) => Promise<AppError | null>
}

const SettingsContext = createContext<SettingsState | null>(null)

export function SettingsProvider({ children }: { children: ReactNode }) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS)
  const [ready, setReady] = useState(false)
  const [pending, setPending] = useState(0)

  useEffect(() => {
    let live = true
    void api.getSettings({}).then(async (result) => {
      if (!live) return
      const loaded = result.ok ? result.value : DEFAULT_SETTINGS
      await i18n.changeLanguage(resolveLanguage(loaded.language))
      setSettings(loaded)
      setReady(true)
    })
    return () => {
      live = false
    }
  }, [])

  const update = useCallback(async (patch: Partial<Settings>) => {
    // Apply at once so switching feels instant; the server's answer then becomes the truth.
    setSettings((current) => ({ ...current, ...patch }))
    if (patch.language) void i18n.changeLanguage(patch.language)
    setPending((n) => n + 1)
    const result = await api.updateSettings(patch)
    setPending((n) => n - 1)
    if (result.ok) setSettings(result.value)
    return result.ok ? null : result.error
  }, [])

  useTheme(settings.theme)

  const saving = pending > 0
  const value = useMemo(() => ({ settings, ready, saving, update }), [settings, ready, saving, update])
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>
}

export function useSettings(): SettingsState {
  const state = useContext(SettingsContext)
  if (!state) throw new Error('useSettings outside SettingsProvider')
  return state
}
