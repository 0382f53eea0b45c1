import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { writeHostileFolder } from '../fixtures/hostile/inputs'
import { AppDriver } from './support/app'
import { startServer } from './support/server'

/**
 * Hostile files chosen in the browser: each one fails alone with its translated reason, the
 * good file among them is imported, and the app keeps working, in English and in Chinese.
 */
test('hostile files fail one by one with translated reasons, the rest is imported', async ({ page }) => {
  test.setTimeout(120_000)
  const server = await startServer()
  try {
    const app = new AppDriver(page)
    await page.goto(server.url)
    await app.waitForLibrary()
    const before = await app.rows.count()
    const files = writeHostileFolder(join(server.tmp, 'hostile'))

    const dialog = await app.importFiles(files)
    await expect(dialog.locator('.outcome--failed')).toHaveCount(4)
    await expect(dialog.locator('.outcome--imported')).toHaveCount(1)
    await expect(dialog).toContainText('it nests 3000 levels deep (the limit is 100)')
    await expect(dialog).toContainText('more than the 400,000 that can be read safely')
    await app.screenshot('import-hostile-en-light')
    await app.closeImport()
    await expect(app.rows).toHaveCount(before + 1)

    await app.openSettings()
    await app.choose('language', 'zh-CN')
    await app.openLibrary()
    const again = await app.importFiles(files.filter((file) => !file.endsWith('good.md')))
    await expect(again.locator('.outcome--failed')).toHaveCount(4)
    await expect(again).toContainText('文件结构过于复杂，无法安全读取：嵌套深达 3000 层（上限为 100 层）')
    await app.screenshot('import-hostile-zh-CN-light')
    await app.closeImport()
    await expect(app.rows).toHaveCount(before + 1)
  } finally {
    await server.stop()
  }
})
