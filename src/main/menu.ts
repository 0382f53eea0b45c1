import type { Translate } from './i18n'
import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron'
import { MENU_CHANNEL } from '@shared/ipc/channels'
import type { MenuEvent } from '@shared/ipc/menu-events'

export interface MenuActions {
  newArchive(): void
  openArchive(): void
}

/** The native menu; commands that belong to the page are forwarded to the renderer. */
export function buildMenu(window: BrowserWindow, t: Translate, actions: MenuActions): Menu {
  const send = (event: MenuEvent) => () => window.webContents.send(MENU_CHANNEL, event)
  const isMac = process.platform === 'darwin'
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: t('menu:file.label'),
      submenu: [
        { label: t('menu:file.newArchive'), accelerator: 'CmdOrCtrl+Shift+N', click: actions.newArchive },
        { label: t('menu:file.openArchive'), accelerator: 'CmdOrCtrl+O', click: actions.openArchive },
        { type: 'separator' },
        { label: t('menu:file.import'), accelerator: 'CmdOrCtrl+I', click: send('import') },
        { label: t('menu:file.export'), accelerator: 'CmdOrCtrl+E', click: send('export') },
        { type: 'separator' },
        { label: t('menu:file.quit'), accelerator: 'CmdOrCtrl+Q', role: 'quit' }
      ]
    },
    {
      label: t('menu:edit.label'),
      submenu: [
        // Undo/redo act on the archive's command history, not on a text field's.
        { label: t('menu:edit.undo'), accelerator: 'CmdOrCtrl+Z', click: send('undo') },
        { label: t('menu:edit.redo'), accelerator: 'CmdOrCtrl+Shift+Z', click: send('redo') },
        { type: 'separator' },
        { label: t('menu:edit.cut'), role: 'cut' },
        { label: t('menu:edit.copy'), role: 'copy' },
        { label: t('menu:edit.paste'), role: 'paste' },
        { label: t('menu:edit.selectAll'), role: 'selectAll' },
        { type: 'separator' },
        { label: t('menu:edit.find'), accelerator: 'CmdOrCtrl+F', click: send('find') }
      ]
    },
    {
      label: t('menu:view.label'),
      submenu: [
        { label: t('menu:view.zoomIn'), accelerator: 'CmdOrCtrl+=', click: send('zoomIn') },
        { label: t('menu:view.zoomOut'), accelerator: 'CmdOrCtrl+-', click: send('zoomOut') },
        { label: t('menu:view.zoomReset'), accelerator: 'CmdOrCtrl+0', click: send('zoomReset') },
        { type: 'separator' },
        {
          label: t('menu:view.theme'),
          submenu: (['light', 'dark', 'system'] as const).map((theme) => ({ label: t(`menu:view.themes.${theme}`), click: send(`theme:${theme}`) }))
        },
        {
          label: t('menu:view.language'),
          submenu: [
            { label: 'English', click: send('language:en') },
            { label: '简体中文', click: send('language:zh-CN') }
          ]
        },
        { type: 'separator' },
        { label: t('menu:view.fullScreen'), role: 'togglefullscreen' },
        ...(process.env.ELECTRON_RENDERER_URL ? [{ role: 'toggleDevTools' as const }] : [])
      ]
    }
  ]
  return Menu.buildFromTemplate(template)
}
