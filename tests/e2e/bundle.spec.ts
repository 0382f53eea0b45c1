import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import yauzl from 'yauzl'
import { NEWS_FILES } from '../fixtures/news'
import { AppDriver, SCREENSHOTS } from './support/app'
import { CLI, REPO, startServer, type Server } from './support/server'

/** Bundles in the browser: export the library's selection, import a bundle with its preview, cancel an export. */

const LANXIA = /Lanxia Launches/
const FENGHE = /Fenghe Promotes/

let server: Server
test.afterEach(async () => {
  await server.stop()
})

/** The names inside a zip, read with the same library the app reads bundles with. */
function zipEntries(path: string): Promise<string[]> {
  return new Promise((resolve, reject) =>
    yauzl.open(path, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error)
      const names: string[] = []
      zip.on('entry', (entry: yauzl.Entry) => {
        names.push(entry.fileName)
        zip.readEntry()
      })
      zip.on('end', () => resolve(names))
      zip.on('error', reject)
      zip.readEntry()
    })
  )
}

const cli = (args: string[], home: string) => execFileSync(process.execPath, [CLI, ...args], { cwd: REPO, env: { ...process.env, SCRIPTORIUM_HOME: home }, encoding: 'utf8' })

test('exports the library selection as a bundle, downloaded whole', async ({ page }) => {
  server = await startServer()
  const app = new AppDriver(page)
  await page.goto(server.url)
  await app.waitForLibrary()
  await app.row(LANXIA).locator('input[type=checkbox]').check()
  await app.row(FENGHE).locator('input[type=checkbox]').check()
  await page.getByTestId('selection-bar').getByRole('button', { name: 'Export…' }).click()
  const dialog = page.getByTestId('export-dialog')
  await expect(dialog.getByRole('radio', { name: 'The selected articles (2)' })).toBeChecked()
  await expect(dialog.getByRole('checkbox', { name: /Scriptorium JSON/ })).toBeChecked()
  await app.screenshot('export-dialog-en-light')
  const download = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Export', exact: true }).click()
  const file = join(server.tmp, 'selection.zip')
  await (await download).saveAs(file)
  await expect(page.getByTestId('export-status')).toContainText('Exported 2 articles')
  await app.screenshot('export-done-en-light')
  const names = await zipEntries(file)
  const root = names[0]!.split('/')[0]!
  expect(root).toMatch(/^scriptorium-\d{4}-\d\d-\d\d$/)
  expect(names.filter((n) => n.endsWith('/article.json'))).toHaveLength(2)
  for (const tag of ['bagit.txt', 'bag-info.txt', 'manifest-sha256.txt', 'tagmanifest-sha256.txt', 'data/entities.json', 'data/schema.json', 'data/README.txt']) expect(names).toContain(`${root}/${tag}`)
  // The downloaded zip is a valid bag by the command line's own check.
  expect(cli(['validate', file], join(server.tmp, 'home'))).toContain('is a valid bundle')
})

test('imports a bundle: checked, previewed, then applied (zh-CN, dark)', async ({ page }) => {
  server = await startServer()
  const home = join(server.tmp, 'cli-home')
  const other = join(server.tmp, 'other')
  cli(['import', NEWS_FILES[0]!, '--archive', other], home)
  const listed = JSON.parse(cli(['list', '--json', '--archive', other], home)) as { id: string; title: string }[]
  const news = listed.find((row) => !row.id.startsWith('sample'))!
  const bundle = join(server.tmp, 'news.zip')
  cli(['export', news.id, '--out', bundle, '--archive', other], home)

  const app = new AppDriver(page)
  await page.goto(server.url)
  await app.waitForLibrary()
  await app.applySettings({ language: 'zh-CN', theme: 'dark' })
  await page.getByTestId('import-input').setInputFiles(bundle)
  const dialog = page.getByTestId('bundle-dialog')
  await expect(dialog.getByTestId('bundle-preview')).toBeVisible({ timeout: 30_000 })
  await expect(dialog.getByTestId('preview-addedArticles')).toHaveText('1')
  await expect(dialog.getByTestId('preview-conflicts')).toHaveText('0')
  await expect(app.row(news.title)).toHaveCount(0)
  await app.screenshot('bundle-preview-zh-CN-dark')
  await dialog.getByRole('button', { name: '应用' }).click()
  await expect(dialog.getByRole('heading', { name: '数据包已导入' })).toBeVisible()
  await dialog.getByRole('button', { name: '完成' }).click()
  await expect(app.row(news.title)).toHaveCount(1)

  // A tampered bundle is refused with the reason, and nothing changes.
  const tampered = join(server.tmp, 'tampered.zip')
  const bytes = readFileSync(bundle)
  writeFileSync(tampered, bytes.subarray(0, bytes.length - 200))
  await page.getByTestId('import-input').setInputFiles(tampered)
  await expect(page.getByTestId('bundle-dialog').getByRole('alert').first()).toContainText('未导入任何内容', { timeout: 30_000 })
  await app.screenshot('bundle-refused-zh-CN-dark')
})

test('cancels an export: nothing is downloaded', async ({ page }) => {
  // Enough articles that the export is still running when Cancel is pressed.
  server = await startServer({
    prepareArchive: (archive) => {
      cli(['list', '--archive', archive], join(archive, '..', 'prep-home'))
      const sample = JSON.parse(readFileSync(join(archive, 'articles', readdirSync(join(archive, 'articles'))[0]!), 'utf8'))
      sample.versions[0].text = sample.versions[0].text.repeat(150)
      sample.annotations = []
      sample.relations = []
      for (let i = 0; i < 500; i++) {
        const doc = { ...sample, article: { ...sample.article, id: `bulk-${i}` } }
        writeFileSync(join(archive, 'articles', `bulk-${i}.json`), JSON.stringify(doc))
      }
    }
  })
  const app = new AppDriver(page)
  await page.goto(server.url)
  await app.waitForLibrary()
  let downloaded = false
  page.on('download', () => (downloaded = true))
  await page.getByRole('button', { name: 'Export…' }).first().click()
  const dialog = page.getByTestId('export-dialog')
  await expect(dialog.getByRole('radio', { name: 'The whole archive' })).toBeChecked()
  await dialog.getByRole('button', { name: 'Export', exact: true }).click()
  await expect(page.getByTestId('export-status')).toContainText('Writing')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(page.getByTestId('export-status')).toHaveText('Export cancelled. Nothing was saved.')
  expect(downloaded).toBe(false)
})

test.afterAll(() => {
  const to = join(REPO, 'docs/screenshots')
  mkdirSync(to, { recursive: true })
  try {
    copyFileSync(join(SCREENSHOTS, 'export-dialog-en-light.png'), join(to, 'export.png'))
    copyFileSync(join(SCREENSHOTS, 'bundle-preview-zh-CN-dark.png'), join(to, 'bundle-import.png'))
  } catch {
    // Only when those runs failed; their own failure is already reported.
  }
})
