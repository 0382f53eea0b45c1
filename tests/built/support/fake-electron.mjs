import { EventEmitter } from 'node:events'

/**
 * A stand-in for Electron's main-process API, recording what the built main does with it.
 * The modules main uses behave like Electron's where it matters (one handler per channel,
 * `before-quit` that can be prevented); every other Electron export is a recording stub, so
 * a new import in main still links and the test reports on it instead of failing to load.
 */
export const recorded = {
  /** channel -> handler, from ipcMain.handle */
  handlers: new Map(),
  duplicateHandles: [],
  /** channels given to ipcMain.on/once */
  ipcListeners: [],
  windows: [],
  applicationMenu: null,
  errorBoxes: [],
  permissionRequestHandler: null,
  quit: false,
  stubCalls: [],
  /** What showSaveDialog was asked (its options). */
  saveDialogs: []
}

/** The answers showSaveDialog gives, in turn; cancelled when none is left. */
export const saveDialogAnswers = []

const event = () => ({ defaultPrevented: false, preventDefault() { this.defaultPrevented = true } })

class FakeApp extends EventEmitter {
  #paths = new Map()
  #ready = false
  requestSingleInstanceLock() { return true }
  setPath(name, path) { this.#paths.set(name, path) }
  getPath(name) { return this.#paths.get(name) ?? '' }
  getLocale() { return 'en-US' }
  getVersion() { return '0.0.0' }
  getName() { return 'Scriptorium' }
  isReady() { return this.#ready }
  isPackaged = false
  whenReady() {
    if (!this.#ready) {
      this.#ready = true
      setImmediate(() => this.emit('ready'))
    }
    return Promise.resolve()
  }
  /** Like Electron: `before-quit` first; a listener may prevent it and quit again later. */
  quit() {
    const beforeQuit = event()
    this.emit('before-quit', beforeQuit)
    if (beforeQuit.defaultPrevented) return
    recorded.quit = true
    this.emit('will-quit', event())
    this.emit('quit', event(), 0)
  }
  exit() { recorded.quit = true }
}

class FakeWebContents extends EventEmitter {
  sent = []
  windowOpenHandler = null
  send(channel, ...args) { this.sent.push({ channel, args }) }
  setWindowOpenHandler(handler) { this.windowOpenHandler = handler }
  reload() {}
  isDestroyed() { return false }
}

const allWindows = []

class FakeBrowserWindow extends EventEmitter {
  static getAllWindows() { return [...allWindows] }
  static getFocusedWindow() { return allWindows[0] ?? null }
  webContents = new FakeWebContents()
  loaded = null
  #maximized = false
  constructor(options = {}) {
    super()
    this.options = options
    allWindows.push(this)
    recorded.windows.push(this)
  }
  loadFile(file) { this.loaded = { file }; return Promise.resolve() }
  loadURL(url) { this.loaded = { url }; return Promise.resolve() }
  show() {}
  hide() {}
  focus() {}
  restore() {}
  maximize() { this.#maximized = true }
  isMaximized() { return this.#maximized }
  isMinimized() { return false }
  isDestroyed() { return false }
  getBounds() { return { x: 0, y: 0, width: this.options.width ?? 800, height: this.options.height ?? 600 } }
  getNormalBounds() { return this.getBounds() }
  setTitle() {}
  close() { this.emit('close', event()); this.emit('closed') }
}

export const app = new FakeApp()
export const BrowserWindow = FakeBrowserWindow

export const ipcMain = {
  handle(channel, handler) {
    // Electron throws on a second handler for a channel; keep going to report every one.
    if (recorded.handlers.has(channel)) recorded.duplicateHandles.push(channel)
    recorded.handlers.set(channel, handler)
  },
  handleOnce(channel, handler) { this.handle(channel, handler) },
  removeHandler(channel) { recorded.handlers.delete(channel) },
  on(channel) { recorded.ipcListeners.push(channel); return this },
  once(channel) { recorded.ipcListeners.push(channel); return this },
  removeListener() { return this },
  removeAllListeners() { return this }
}

export const Menu = {
  buildFromTemplate: (template) => ({ template }),
  setApplicationMenu(menu) { recorded.applicationMenu = menu },
  getApplicationMenu: () => recorded.applicationMenu
}

export const dialog = {
  showErrorBox(title, content) { recorded.errorBoxes.push({ title, content }) },
  showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
  showSaveDialog: async (_window, options) => {
    recorded.saveDialogs.push(options)
    return saveDialogAnswers.shift() ?? { canceled: true }
  },
  showMessageBox: async () => ({ response: 0, checkboxChecked: false })
}

export const session = {
  defaultSession: {
    setPermissionRequestHandler(handler) { recorded.permissionRequestHandler = handler },
    setPermissionCheckHandler() {},
    webRequest: { onHeadersReceived() {}, onBeforeRequest() {} },
    protocol: { handle() {} }
  }
}

export const shell = { openExternal: async () => undefined, openPath: async () => '', showItemInFolder() {} }
export const protocol = { handle() {}, registerSchemesAsPrivileged() {} }

/** Any other Electron export: every property and call answers another stub, and is recorded. */
function stub(name) {
  return new Proxy(function () {}, {
    get: (_target, property) => (property === 'then' || typeof property === 'symbol' ? undefined : stub(`${name}.${String(property)}`)),
    apply: () => {
      recorded.stubCalls.push(name)
      return stub(`${name}()`)
    },
    construct: () => {
      recorded.stubCalls.push(`new ${name}`)
      return stub(`new ${name}`)
    }
  })
}

export const autoUpdater = stub('autoUpdater')
export const BaseWindow = stub('BaseWindow')
export const BrowserView = stub('BrowserView')
export const clipboard = stub('clipboard')
export const contentTracing = stub('contentTracing')
export const crashReporter = stub('crashReporter')
export const desktopCapturer = stub('desktopCapturer')
export const globalShortcut = stub('globalShortcut')
export const ImageView = stub('ImageView')
export const inAppPurchase = stub('inAppPurchase')
export const MenuItem = stub('MenuItem')
export const MessageChannelMain = stub('MessageChannelMain')
export const nativeImage = stub('nativeImage')
export const nativeTheme = stub('nativeTheme')
export const net = stub('net')
export const netLog = stub('netLog')
export const Notification = stub('Notification')
export const powerMonitor = stub('powerMonitor')
export const powerSaveBlocker = stub('powerSaveBlocker')
export const pushNotifications = stub('pushNotifications')
export const safeStorage = stub('safeStorage')
export const screen = stub('screen')
export const ShareMenu = stub('ShareMenu')
export const systemPreferences = stub('systemPreferences')
export const TouchBar = stub('TouchBar')
export const Tray = stub('Tray')
export const utilityProcess = stub('utilityProcess')
export const View = stub('View')
export const webContents = stub('webContents')
export const WebContentsView = stub('WebContentsView')
export const webFrameMain = stub('webFrameMain')

export default {
  app, autoUpdater, BaseWindow, BrowserView, BrowserWindow, clipboard, contentTracing, crashReporter, desktopCapturer, dialog,
  globalShortcut, ImageView, inAppPurchase, ipcMain, Menu, MenuItem, MessageChannelMain, nativeImage, nativeTheme, net, netLog,
  Notification, powerMonitor, powerSaveBlocker, protocol, pushNotifications, safeStorage, screen, session, ShareMenu, shell,
  systemPreferences, TouchBar, Tray, utilityProcess, View, webContents, WebContentsView, webFrameMain
}
