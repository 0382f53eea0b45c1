import { expect, test as base } from '@playwright/test'
import { copyFileSync, existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { AppDriver, SCREENSHOTS } from './support/app'
import { REPO, startServer } from './support/server'

/** The app on a fresh archive, and the server's temporary folder for the files to import. */
type App = AppDriver & { tmp: string }

/** Each test gets its own `scriptorium serve` on a fresh archive. */
const test = base.extend<{ app: App; url: string }>({
  // eslint-disable-next-line no-empty-pattern
  url: async ({}, use) => use(''),
  app: async ({ page, url }, use) => {
    const server = await startServer()
    try {
      await page.goto(server.url + url)
      await use(Object.assign(new AppDriver(page), { tmp: server.tmp }))
    } finally {
      await server.stop()
    }
  }
})

// Our own short news items, annotated as brat and doccano would export them.
const BRAT_TEXT = 'Fuxin opens winter market\n\nMayor Zhang Wei opened the winter market in Fuxin on Monday. The Fuxin Daily reported that 300 stalls took part.\n'
const BRAT_ANN = [
  'T1\tPERSON 33 42\tZhang Wei',
  'T2\tPLACE 71 76\tFuxin',
  'T3\tDATE 80 86\tMonday',
  'T4\tNEWSPAPER 92 103\tFuxin Daily',
  'R1\treported-by Arg1:T1 Arg2:T4',
  '#1\tAnnotatorNotes T1\tmayor since 2023',
  ''
].join('\n')
const DOCCANO = [
  { text: 'Li Na met volunteers in Anshan.', label: [[0, 5, 'PERSON'], [24, 30, 'PLACE']] },
  { text: '志愿者在鞍山清扫街道。', label: [[4, 6, 'PLACE']] }
]
  .map((record) => JSON.stringify(record))
  .join('\n')

function writeFiles(dir: string): string[] {
  const files = { 'winter-market.txt': BRAT_TEXT, 'winter-market.ann': BRAT_ANN, 'volunteers.jsonl': `${DOCCANO}\n` }
  return Object.entries(files).map(([name, text]) => {
    writeFileSync(join(dir, name), text)
    return join(dir, name)
  })
}

test('a brat pair and a doccano file imported through the dialog show their annotations in the reader', async ({ app }) => {
  const { page, tmp } = app
  await app.waitForLibrary()
  const dialog = await app.importFiles(writeFiles(tmp))
  // The .txt and its .ann are one article; the doccano file is two.
  await expect(dialog.locator('.outcome--imported')).toHaveCount(2)
  await expect(dialog.getByTestId('outcome-annotations')).toHaveText(['4 annotations', '3 annotations in 2 articles'])
  await app.screenshot('import-annotated-dialog-en')

  await dialog.locator('.outcome--imported').filter({ hasText: 'winter-market.txt' }).getByRole('button', { name: 'Open' }).click()
  const text = page.getByTestId('article-text')
  await expect(text).toContainText('Mayor Zhang Wei opened the winter market')
  await expect(text.locator('[data-ids]')).toHaveCount(4)
  await expect(page.getByTestId('count-PERSON')).toHaveText('1')
  await expect(page.getByTestId('count-NEWSPAPER')).toHaveText('1')
  await text.locator('[data-ids]').filter({ hasText: 'Zhang Wei' }).click()
  await expect(page.getByTestId('annotation-editor').locator('textarea')).toHaveValue('mayor since 2023')
  await page.keyboard.press('Escape')
  await app.screenshot('import-annotated-reader-en')

  await page.goBack()
  await app.waitForLibrary()
  await app.row('Li Na met volunteers').click()
  await expect(page.getByTestId('article-text').locator('[data-ids]')).toHaveCount(2)
  await expect(page.getByTestId('count-PLACE')).toHaveText('1')
})

test.describe('in Chinese', () => {
  test.use({ url: '&lng=zh-CN' })
  test('the outcome counts the annotations in Chinese', async ({ app }) => {
    await app.waitForLibrary()
    const dialog = await app.importFiles(writeFiles(app.tmp))
    await expect(dialog.getByTestId('outcome-annotations')).toHaveText(['4 条标注', '3 条标注，共 2 篇文章'])
    await app.screenshot('import-annotated-dialog-zh-CN')
  })
})

test.afterAll(() => {
  const shot = join(SCREENSHOTS, 'import-annotated-reader-en.png')
  if (existsSync(shot)) copyFileSync(shot, join(REPO, 'docs/screenshots/import-annotated.png'))
})
