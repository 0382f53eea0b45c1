import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { AppDriver, SCREENSHOTS } from './support/app'
import { CLI, REPO, startServer, type Server } from './support/server'

/** A bundle article with the text of an article already in the archive: the dialog says so before and after Apply. */

const REPRINT = 'Lanxia river volunteers (reprint)'

let server: Server
test.afterEach(async () => {
  await server.stop()
})

const cli = (args: string[], home: string) => execFileSync(process.execPath, [CLI, ...args], { cwd: REPO, env: { ...process.env, SCRIPTORIUM_HOME: home }, encoding: 'utf8' })

/** A bundle of the seeded sample-1 and a reprint of it under its own id and title, made in another archive. */
function bundleWithReprint(tmp: string): string {
  const home = join(tmp, 'cli-home')
  const other = join(tmp, 'other')
  cli(['list', '--archive', other], home)
  const sample = JSON.parse(readFileSync(join(other, 'articles', 'sample-1.json'), 'utf8'))
  writeFileSync(join(other, 'articles', 'reprint-1.json'), JSON.stringify({ ...sample, article: { ...sample.article, id: 'reprint-1', title: REPRINT } }))
  const bundle = join(tmp, 'reprint.zip')
  cli(['export', 'sample-1', 'reprint-1', '--out', bundle, '--archive', other], home)
  return bundle
}

test('the preview names the archive article an added one repeats, then the summary after Apply', async ({ page }) => {
  server = await startServer()
  const bundle = bundleWithReprint(server.tmp)
  const app = new AppDriver(page)
  await page.goto(server.url)
  await app.waitForLibrary()
  await page.getByTestId('import-input').setInputFiles(bundle)
  const dialog = page.getByTestId('bundle-dialog')
  await expect(dialog.getByTestId('bundle-preview')).toBeVisible({ timeout: 30_000 })
  await expect(dialog.getByTestId('preview-addedArticles')).toHaveText('1')
  const twins = dialog.getByTestId('bundle-twins')
  await expect(twins.getByRole('heading')).toHaveText('Added with the same text as another article')
  await expect(twins.getByRole('listitem')).toHaveText(
    `“${REPRINT}” (reprint-1) would be added with the same text as “Lanxia Launches “Clear Streams, Bright Villages” River Protection Volunteer Campaign” already in the archive (sample-1): the archive would keep both.`
  )
  await app.screenshot('bundle-twin-en-light')
  await dialog.getByRole('button', { name: 'Apply' }).click()
  await expect(dialog.getByRole('heading', { name: 'Bundle imported' })).toBeVisible({ timeout: 30_000 })
  await expect(twins.getByRole('listitem')).toContainText(`“${REPRINT}” (reprint-1) was added with the same text as`)
  await expect(twins.getByRole('listitem')).toContainText('the archive keeps both.')
  await dialog.getByRole('button', { name: 'Done' }).click()
  await expect(app.row(REPRINT)).toHaveCount(1)
})

test('says it in Chinese too (zh-CN, dark)', async ({ page }) => {
  server = await startServer()
  const bundle = bundleWithReprint(server.tmp)
  const app = new AppDriver(page)
  await page.goto(server.url)
  await app.waitForLibrary()
  await app.applySettings({ language: 'zh-CN', theme: 'dark' })
  await page.getByTestId('import-input').setInputFiles(bundle)
  const twins = page.getByTestId('bundle-dialog').getByTestId('bundle-twins')
  await expect(twins.getByRole('heading')).toHaveText('新增文章与其他文章正文相同', { timeout: 30_000 })
  await expect(twins.getByRole('listitem')).toContainText(`《${REPRINT}》（reprint-1）将作为新文章添加，但其正文与档案中已有的`)
  await app.screenshot('bundle-twin-zh-CN-dark')
})

test.afterAll(() => {
  const to = join(REPO, 'docs/screenshots')
  mkdirSync(to, { recursive: true })
  try {
    copyFileSync(join(SCREENSHOTS, 'bundle-twin-en-light.png'), join(to, 'bundle-import-twin.png'))
  } catch {
    // Only when that run failed; its own failure is already reported.
  }
})
