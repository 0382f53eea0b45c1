import { copyFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { AppDriver } from './support/app'
import { ApiClient, seedEntities } from './support/seed-entities'
import { REPO, startServer, type Server } from './support/server'

/**
 * The library's box as full-text search: entities by any name, Chinese sub-words, phrases,
 * facets that refine, the syntax help and a malformed query's message; screenshots in
 * English (light) and Chinese (dark).
 */

let server: Server
test.beforeEach(async () => {
  server = await startServer()
})
test.afterEach(async () => {
  await server.stop()
})

const SONGMEI = 'Fenghe Promotes Community Elderly Care Services'
const LANXIA = 'Lanxia Launches'
const WATER = 'Notice on the Temporary Suspension of Water Supply'
const ANPING = '安平县柳溪镇开展义务植树活动'

const snippetOf = (app: AppDriver, title: string) => app.row(title).getByTestId('search-snippet')
const search = (page: Page) => page.getByRole('searchbox', { name: /Search the archive|搜索档案/ })

test('search finds entities, Chinese sub-words and phrases; facets refine; syntax help and errors', async ({ page, request }) => {
  await seedEntities(new ApiClient(request, server.url))
  const app = new AppDriver(page)
  await page.goto(server.url)
  await app.waitForLibrary()
  await expect(app.rows).toHaveCount(4)

  // A tagged person, by entity: in English and in Chinese, and by a name the text never uses.
  await app.filter('entity:"Qiao Yaping"')
  await expect(app.rows).toHaveCount(1)
  await expect(app.rows.first()).toContainText(SONGMEI)
  await app.filter('entity:乔亚平')
  await expect(app.rows).toHaveCount(1)
  await expect(app.rows.first()).toContainText(SONGMEI)
  await app.filter('顾文强')
  await expect(app.rows).toHaveCount(1)
  await expect(app.rows.first()).toContainText(LANXIA)

  // A Chinese word by a part of it, its snippet in Chinese with the match marked.
  await app.filter('志愿')
  await expect(app.rows).toHaveCount(1)
  await expect(snippetOf(app, ANPING).locator('mark').first()).toHaveText('志愿')
  await expect(snippetOf(app, ANPING).locator('.snippet')).toHaveAttribute('dir', 'auto')

  // A phrase: only where its words stand together.
  await app.filter('"water supply"')
  await expect(app.rows).toHaveCount(1)
  await expect(snippetOf(app, WATER).locator('mark').first()).toHaveText(/^water supply$/i)
  await app.filter('district')
  await expect(snippetOf(app, WATER).locator('mark').first()).toHaveText('District')
  await app.screenshot('search-en')

  // Facets count values over the results; a click adds the clause and narrows them.
  await app.filter('has:annotations')
  await expect(app.rows).toHaveCount(3)
  const facets = page.getByTestId('search-facets')
  const qiao = facets.locator('[data-facet=entity]', { hasText: 'Qiao Yaping' })
  await expect(qiao).toContainText('1')
  await expect(facets.locator('[data-facet=lang]')).toContainText('3')
  await app.screenshot('search-facets-en')
  await qiao.click()
  await expect(search(page)).toHaveValue('has:annotations entity:"Qiao Yaping"')
  await expect(app.rows).toHaveCount(1)
  await expect(app.rows.first()).toContainText(SONGMEI)

  // The syntax, one click away.
  await page.getByTestId('search-syntax-button').click()
  const help = page.getByRole('dialog', { name: 'Search syntax' })
  await expect(help).toContainText('entity:"Hu Tao"')
  await expect(help).toContainText('date:2023-03..2024')
  await app.screenshot('search-syntax-en')
  await page.keyboard.press('Escape')
  await expect(help).toBeHidden()

  // A malformed query says what is wrong with it.
  await app.filter('lake author:Li')
  await expect(page.getByTestId('search-error')).toHaveText('“author:” is not a search field. Fields: title, source, lang, date, type, entity, status, has.')
  await app.filter('"Yulong Lake')
  await expect(page.getByTestId('search-error')).toContainText('is not closed')
  await app.filter('')
  await expect(page.getByTestId('search-error')).toBeHidden()
  await expect(app.rows).toHaveCount(4)

  // In Chinese, dark.
  await app.applySettings({ language: 'zh-CN', theme: 'dark' })
  await app.filter('志愿 lang:zh')
  await expect(app.rows).toHaveCount(1)
  await expect(page.getByTestId('search-facets')).toContainText('安平融媒')
  await app.screenshot('search-zh-CN-dark')
  await app.filter('date:2024..2023')
  await expect(page.getByTestId('search-error')).toContainText('不是日期或日期范围')
  await page.getByTestId('search-syntax-button').click()
  await expect(page.getByRole('dialog', { name: '搜索语法' })).toContainText('提及该实体的文章')
  await app.screenshot('search-syntax-zh-CN-dark')

  const shot = join(REPO, 'test-results/screenshots/search-en.png')
  if (existsSync(shot)) copyFileSync(shot, join(REPO, 'docs/screenshots/search.png'))
})
