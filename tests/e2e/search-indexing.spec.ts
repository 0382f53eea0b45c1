import { copyFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { writeFixtureArchive } from '../../scripts/bench/ui/fixture-archive'
import { AppDriver } from './support/app'
import { ApiClient } from './support/seed-entities'
import { REPO, startServer, type Server } from './support/server'

/**
 * The search index is built in the background as soon as the archive opens: the library
 * shows how far under its box (translated), the box filters titles meanwhile, and once built
 * it searches the texts. An archive of 9,002 articles written straight to disk (no index yet).
 */

const ARTICLES = 9000

// Writing the archive, opening it (its catalog rebuilt) and building its index take a while on a busy machine.
test.setTimeout(240_000)

let server: Server
test.beforeEach(async () => {
  server = await startServer({ prepareArchive: (archive) => writeFixtureArchive(archive, ARTICLES) })
})
test.afterEach(async () => {
  await server.stop()
})

for (const { language, theme, indexing } of [
  { language: 'en', theme: 'light', indexing: /^Indexing [\d,]+ of 9,002 articles…$/ },
  { language: 'zh-CN', theme: 'dark', indexing: /^正在建立索引：[\d,]+ \/ 9,002 篇文章…$/ }
] as const) {
  test(`the index builds in the background with its progress under the box (${language}, ${theme})`, async ({ page, request }) => {
    if (language !== 'en') await new ApiClient(request, server.url).call('updateSettings', { language, theme })
    const app = new AppDriver(page)
    await page.goto(server.url)

    // Building: the line under the box says how far (asked at once, while the list still loads), and the toolbar keeps its height.
    const progress = page.getByTestId('index-progress')
    await expect(progress).toHaveText(indexing, { timeout: 60_000 })
    await app.waitForLibrary()
    const toolbar = page.locator('.library .toolbar')
    const height = (await toolbar.boundingBox())?.height
    await app.screenshot(`search-indexing-${language}-${theme}`)

    // Meanwhile the box filters titles.
    await app.filter('number 4217 ')
    await expect(app.rows).toHaveCount(1)
    await expect(app.rows.first()).toContainText('Volunteer service report number 4217 from district')

    // Built: the line goes, nothing moves, and the texts are searched ("Riverside" is in no title).
    await expect(progress).toBeHidden({ timeout: 120_000 })
    expect((await toolbar.boundingBox())?.height).toBe(height)
    await app.filter('Riverside "Report 4217-1"')
    await expect(app.rows).toHaveCount(1)
    await expect(app.rows.first().getByTestId('search-snippet').locator('mark').first()).toHaveText('Riverside')
    // Every article that says it (all but the translated one), counted.
    await app.filter('Riverside')
    await expect(page.locator('.search-results__more')).toContainText('9,001')
  })
}

test.afterAll(() => {
  const shot = join(REPO, 'test-results/screenshots/search-indexing-en-light.png')
  if (existsSync(shot)) copyFileSync(shot, join(REPO, 'docs/screenshots/search-indexing.png'))
})
