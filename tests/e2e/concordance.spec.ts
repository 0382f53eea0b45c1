import { copyFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { AppDriver } from './support/app'
import { ApiClient } from './support/seed-entities'
import { REPO, startServer, type Server } from './support/server'

/**
 * The archive concordance: every occurrence of a word in originals and translations, sorted
 * by left and right context, each line opening the reader at its place, "tag these" and its
 * undo; screenshots in English (light) and Chinese (dark).
 */

let server: Server
test.beforeEach(async () => {
  server = await startServer()
})
test.afterEach(async () => {
  await server.stop()
})

const lines = (page: Page) => page.getByTestId('concordance-line')
const texts = (page: Page, part: 'left' | 'right') => page.getByTestId(`concordance-${part}`).allTextContents()
const box = (page: Page) => page.getByRole('searchbox', { name: /Word or phrase|词或短语/ })

/** What the reader flashes now: the text of the CSS highlight, or null. */
const flashed = (page: Page) =>
  page.evaluate(`(() => { const h = CSS.highlights.get('reader-flash'); return h ? [...h][0].toString() : null })()`) as Promise<string | null>

test('concordance: find every occurrence, sort both ways, open at the place, tag these and undo', async ({ page, request }) => {
  const api = new ApiClient(request, server.url)
  const app = new AppDriver(page)
  await page.goto(server.url)
  await app.waitForLibrary()

  // From the sidebar: an empty concordance explains itself.
  await page.locator('a[href="#/concordance"]').click()
  await expect(page.getByRole('heading', { name: 'Concordance' })).toBeVisible()
  await box(page).fill('volunteers')
  await box(page).press('Enter')
  await expect(page.getByTestId('concordance-count')).toHaveText('8 occurrences in 3 articles')
  await expect(lines(page)).toHaveCount(8)
  await expect(page).toHaveURL(/#\/concordance\?q=volunteers$/)
  // Originals and the translation of the Chinese article alike; every match marked.
  await expect(lines(page).filter({ hasText: 'English · translation' })).not.toHaveCount(0)
  await expect(page.locator('.concordance-line__match')).toHaveText(Array(8).fill(/^volunteers$/i))

  // By left context: the word right before the match decides, read backwards.
  await page.getByRole('radio', { name: 'Left context', exact: true }).check()
  const left = await texts(page, 'left')
  const before = left.map((context) => context.replace(/[^\p{L}\p{N}]+$/u, '').split(/[^\p{L}\p{N}]+/u).pop()!.toLowerCase())
  expect(before).toEqual([...before].sort((a, b) => a.localeCompare(b)))
  expect(new Set(before).size).toBeGreaterThan(3)
  // By right context: the word right after it.
  await page.getByRole('radio', { name: 'Right context', exact: true }).check()
  const after = (await texts(page, 'right')).map((context) => context.split(/[^\p{L}\p{N}]+/u).find(Boolean)!.toLowerCase())
  expect(after).toEqual([...after].sort((a, b) => a.localeCompare(b)))
  expect(after).not.toEqual(before)
  await app.screenshot('concordance-en')

  // A line opens the reader at its place, in its version, and flashes it.
  const translated = lines(page).filter({ hasText: 'English · translation' }).first()
  await translated.locator('a').click()
  await expect(page).toHaveURL(/#\/article\/[^?]+\?version=[^&]+&at=\d+-\d+$/)
  await expect(page.locator('#article-title')).toHaveText('安平县柳溪镇开展义务植树活动')
  const text = page.getByTestId('article-text')
  await expect(text).toHaveAttribute('data-flash', /^\d+-\d+$/)
  await expect(text).toHaveAttribute('lang', 'en')
  expect((await flashed(page))?.toLowerCase()).toBe('volunteers')
  await app.screenshot('concordance-reader-en')
  // A link without a place (as before) opens the article with nothing flashing.
  const articleId = /#\/article\/([^?]+)/.exec(page.url())![1]!
  await page.goto(`${server.url}#/article/${articleId}`)
  await expect(page.locator('#article-title')).toHaveText('安平县柳溪镇开展义务植树活动')
  await expect(page.getByTestId('article-text')).not.toHaveAttribute('data-flash', /.*/)
  // A link to the concordance finds its query again.
  await page.goto(`${server.url}#/concordance?q=volunteers`)
  await expect(lines(page)).toHaveCount(8)

  // Select: all by default; click and Shift+click leave out a run; Ctrl+A takes all again.
  const selected = page.getByTestId('concordance-selected')
  await expect(selected).toHaveText('8 of 8 lines selected')
  await page.getByRole('radio', { name: 'Article', exact: true }).check()
  await lines(page).nth(0).getByRole('checkbox').click()
  await lines(page).nth(2).getByRole('checkbox').click({ modifiers: ['Shift'] })
  await expect(selected).toHaveText('5 of 8 lines selected')
  await page.keyboard.press('ControlOrMeta+a')
  await expect(selected).toHaveText('8 of 8 lines selected')
  await lines(page).nth(7).getByRole('checkbox').click()
  await expect(selected).toHaveText('7 of 8 lines selected')

  // Tag these: one change over three articles.
  await page.getByTestId('tag-these').click()
  const dialog = page.getByTestId('tag-these-dialog')
  await expect(dialog.getByRole('heading')).toHaveText('Tag 7 occurrences')
  await dialog.getByTestId('tag-these-type').selectOption('ORG')
  await app.screenshot('concordance-tag-en')
  await dialog.getByTestId('tag-these-confirm').click()
  await expect(dialog).toBeHidden()
  const notice = page.getByTestId('concordance-notice')
  await expect(notice).toContainText(/^Tagged 7 occurrences in [23] articles\./)
  const hrefs = await Promise.all((await page.locator('.concordance-line__open').all()).map((link) => link.getAttribute('href')))
  const ids = [...new Set(hrefs.map((href) => /#\/article\/([^?]+)/.exec(href ?? '')![1]!))]
  const annotations = async () => {
    let count = 0
    for (const id of ids) count += (await api.call<{ doc: { annotations: Array<{ type: string }> } }>('getArticle', { id })).doc.annotations.filter((a) => a.type === 'ORG').length
    return count
  }
  expect(await annotations()).toBe(7)
  // Tagging the same lines again skips what is tagged: only the one left out is new.
  await page.keyboard.press('ControlOrMeta+a')
  await page.getByTestId('tag-these').click()
  await dialog.getByTestId('tag-these-type').selectOption('ORG')
  await dialog.getByTestId('tag-these-confirm').click()
  await expect(notice).toContainText('Tagged 1 occurrence in 1 article. 7 were tagged already and were skipped.')
  expect(await annotations()).toBe(8)
  // Undo takes back the last tagging as one step.
  await page.getByTestId('concordance-undo').click()
  await expect(notice).toContainText('The tagging was undone.')
  expect(await annotations()).toBe(7)

  // From the library's search box, in Chinese and dark: Chinese counted in characters.
  await app.applySettings({ language: 'zh-CN', theme: 'dark' })
  await app.filter('志愿')
  await expect(page.getByTestId('concordance-link')).toHaveText('“志愿”的索引行')
  await app.screenshot('concordance-library-zh-CN-dark')
  await page.getByTestId('concordance-link').click()
  await expect(page).toHaveURL(/#\/concordance\?q=%E5%BF%97%E6%84%BF$/)
  await expect(page.getByRole('heading', { name: '索引行' })).toBeVisible()
  await expect(lines(page).first().locator('.concordance-line__match')).toHaveText('志愿')
  await expect(lines(page).first().locator('.concordance-line__text')).toHaveAttribute('lang', 'zh')
  await app.screenshot('concordance-zh-CN-dark')

  for (const name of ['concordance-en', 'concordance-zh-CN-dark', 'concordance-reader-en', 'concordance-tag-en']) {
    const shot = join(REPO, `test-results/screenshots/${name}.png`)
    if (existsSync(shot)) copyFileSync(shot, join(REPO, `docs/screenshots/${name}.png`))
  }
})
