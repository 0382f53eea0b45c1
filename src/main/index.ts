import { app, BrowserWindow, dialog, Menu, session, shell } from 'electron'
import { pickLanguage } from '@shared/i18n/resources'
import { AppContext } from './app-context'
import { createDispatcher, toAppError } from './dispatch'
import { createHandlers } from './handlers'
import { createTranslator } from './i18n'
import { bindIpc, forwardChanges } from './ipc'
import { buildMenu } from './menu'
import { userDataDir } from './paths'
import { SettingsStore } from './settings-store'
import { createMainWindow } from './window'
import { hardenSession, lockDown } from './window-guards'

/** App lifecycle only: one instance, one window, the archive closed cleanly on quit. */
if (!app.requestSingleInstanceLock()) app.quit()
else void start()

async function start(): Promise<void> {
  app.setPath('userData', userDataDir())
  await app.whenReady()
  hardenSession(session.defaultSession)
  app.on('web-contents-created', (_event, contents) => lockDown(contents, (url) => void shell.openExternal(url), process.env.ELECTRON_RENDERER_URL))

  const settings = await SettingsStore.open(userDataDir())
  const language = () => settings.get().language ?? pickLanguage(app.getLocale())
  let t = createTranslator(language())
  let ctx: AppContext
  try {
    ctx = await AppContext.start({ settings, t, mode: 'electron', warmSearch: true })
  } catch (error) {
    dialog.showErrorBox('Scriptorium', toAppError(error, t).message)
    app.quit()
    return
  }
  bindIpc(createDispatcher(createHandlers(ctx), (key, options) => t(key, options)))
  forwardChanges(ctx.feed)

  const window = createMainWindow(settings)
  const chooseArchive = async (create: boolean) => {
    const result = await dialog.showOpenDialog(window, {
      title: t(create ? 'menu:dialog.newArchive' : 'menu:dialog.openArchive'),
      buttonLabel: t(create ? 'menu:dialog.create' : 'menu:dialog.open'),
      properties: ['openDirectory', 'createDirectory']
    })
    const path = result.filePaths[0]
    if (result.canceled || !path) return
    try {
      await ctx.switchArchive(path, true)
      window.webContents.reload()
    } catch (error) {
      dialog.showErrorBox(t('menu:dialog.failedTitle'), toAppError(error, t).message)
    }
  }
  ctx.readsLocalFiles = true
  ctx.chooseSavePath = async (fileName) => {
    const result = await dialog.showSaveDialog(window, { title: t('bundle:dialog.saveTitle'), defaultPath: fileName, filters: [{ name: 'BagIt zip', extensions: ['zip'] }] })
    return result.canceled || !result.filePath ? null : result.filePath
  }
  const refreshMenu = () => {
    t = createTranslator(language())
    Menu.setApplicationMenu(buildMenu(window, t, { newArchive: () => void chooseArchive(true), openArchive: () => void chooseArchive(false) }))
  }
  refreshMenu()
  settings.onChange(refreshMenu)

  app.on('second-instance', () => {
    if (window.isMinimized()) window.restore()
    window.focus()
  })
  app.on('window-all-closed', () => app.quit())
  let closed = false
  app.on('before-quit', (event) => {
    if (closed) return
    event.preventDefault()
    closed = true
    void ctx.close().finally(() => app.quit())
  })
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow(settings)
  })
}
