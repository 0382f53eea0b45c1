/**
 * A Node module hook: `electron` (and `electron/main`) resolve to the fake beside this file,
 * so the built main process can run where Electron's binary is absent.
 */
const FAKE_ELECTRON = new URL('./fake-electron.mjs', import.meta.url).href

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron' || specifier.startsWith('electron/')) return { url: FAKE_ELECTRON, shortCircuit: true }
  return nextResolve(specifier, context)
}
