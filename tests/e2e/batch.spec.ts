import { copyFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { AppDriver } from './support/app'
import { ApiClient } from './support/seed-entities'
import { REPO, startServer, type Server } from './support/server'

/**
 * Batch actions on search results: ticking a row, shift-click for a range, Esc, Ctrl/⌘+A over
 * every result, tagging the articles, linking their mentions to an entity, and undoing both
 * with Ctrl/⌘+Z in the library; screenshots in English (light) and Chinese (dark).
 */

let server: Server
test.beforeEach(async () => {
  server = await startServer()
})
test.afterEach(async () => {
  await server.stop()
})

interface Doc {
  doc: { article: { tags: string[] }; versions: { text: string }[]; annotations: { entity: string | null }[] }
}

/** Three unlinked mentions of "Dongpo District" (two articles) and the entity, in English and Chinese. */
async function seed(api: ApiClient): Promise<string> {
  const entity = await api.call<{ id: string }>('createEntity', { type: 'PLACE', name: 'Dongpo District', names: { zh: '东坡区' } })
  for (const [articleId, nth] of [['sample-2', 0], ['sample-2', 1], ['sample-4', 0]] as const) {
    const text = (await api.call<Doc>('getArticle', { id: articleId })).doc.versions[0]!.text
    let at = -1
    for (let i = 0; i <= nth; i++) at = text.indexOf('Dongpo District', at + 1)
    const start = Array.from(text.slice(0, at)).length
    await api.call('addAnnotation', { articleId, start, end: start + 'Dongpo District'.length, type: 'PLACE' })
  }
  return entity.id
}

test('select search results (click, shift-click, Ctrl/⌘+A, Esc), tag them, link their mentions, undo both', async ({ page, request }) => {
  const api = new ApiClient(request, server.url)
  const entity = await seed(api)
  const tags = async (id: string) => (await api.call<Doc>('getArticle', { id })).doc.article.tags
  const links = async (id: string) => (await api.call<Doc>('getArticle', { id })).doc.annotations.map((a) => a.entity)
  const app = new AppDriver(page)
  await page.goto(server.url)
  await app.waitForLibrary()

  await app.filter('district')
  await expect(app.rows).toHaveCount(3)
  const bar = page.getByTestId('selection-bar')
  const count = page.getByTestId('selection-count')
  const tick = (n: number) => app.rows.nth(n).getByRole('checkbox')

  // A click ticks one; shift-click ticks the range up to it; Esc clears.
  await tick(0).click()
  await expect(count).toHaveText('1 selected')
  await tick(2).click({ modifiers: ['Shift'] })
  await expect(count).toHaveText('3 selected')
  await expect(tick(1)).toBeChecked()
  await page.keyboard.press('Escape')
  await expect(bar).toBeHidden()

  // Ctrl/⌘+A selects every result of the search, announced.
  await app.grid.focus()
  await page.keyboard.press('ControlOrMeta+a')
  await expect(count).toHaveText('3 selected')
  await expect(count).toHaveAttribute('aria-live', 'polite')

  // Tag them: the popover suggests the archive's tags; a new one is typed.
  await page.getByTestId('batch-tag-button').click()
  const popover = page.getByTestId('batch-tag')
  await expect(popover.getByRole('heading', { level: 2 })).toHaveText('Tag 3 articles')
  await expect(popover.getByRole('button', { name: 'Add the tag “environment”' })).toBeVisible()
  await popover.getByLabel('New tag').fill('flood relief')
  await app.screenshot('batch-tag-en')
  await popover.getByLabel('New tag').press('Enter')
  await expect(page.getByTestId('batch-notice')).toHaveText(/Tagged 3 articles with “flood relief”\./)
  for (const id of ['sample-1', 'sample-2', 'sample-4']) expect(await tags(id)).toContain('flood relief')
  expect(await tags('sample-3')).not.toContain('flood relief')

  // Link: pick the entity, see how many mentions will be linked, link them.
  await page.getByTestId('batch-link-button').click()
  const dialog = page.getByTestId('batch-link')
  await dialog.getByRole('searchbox').fill('东坡')
  await dialog.getByTestId('batch-link-candidate').filter({ hasText: 'Dongpo District' }).click()
  await expect(dialog.getByTestId('batch-link-preview')).toContainText('3 mentions will be linked, in 2 of the selected articles.')
  await app.screenshot('batch-link-en')
  await dialog.getByTestId('batch-link-confirm').click()
  await expect(dialog).toBeHidden()
  await expect(page.getByTestId('batch-notice')).toContainText('Linked 3 mentions to “Dongpo District”')
  expect(await links('sample-2')).toEqual([entity, entity])
  expect(await links('sample-4')).toEqual([entity])
  await app.screenshot('batch-done-en')

  // Ctrl/⌘+Z in the library undoes the link, then the tags: each one step.
  await app.grid.focus()
  await page.keyboard.press('ControlOrMeta+z')
  await expect(page.getByTestId('batch-notice')).toHaveText(/Undone: link mentions\./)
  await expect.poll(() => links('sample-2')).toEqual([null, null])
  await page.keyboard.press('ControlOrMeta+z')
  await expect(page.getByTestId('batch-notice')).toHaveText(/Undone: tag articles\./)
  await expect.poll(() => tags('sample-1')).not.toContain('flood relief')
  expect(await tags('sample-4')).toEqual(['notice', 'water supply'])
  await page.keyboard.press('ControlOrMeta+Shift+z')
  await expect.poll(() => tags('sample-4')).toContain('flood relief')

  // In Chinese, dark: a Chinese search, all its results, the Tag popover.
  await app.applySettings({ language: 'zh-CN', theme: 'dark' })
  await app.filter('志愿')
  await expect(app.rows).toHaveCount(1)
  await app.grid.focus()
  await page.keyboard.press('ControlOrMeta+a')
  await expect(count).toHaveText('已选 1 篇')
  await page.getByTestId('batch-tag-button').click()
  await expect(page.getByTestId('batch-tag').getByRole('heading', { level: 2 })).toHaveText('为 1 篇文章加标签')
  await page.getByTestId('batch-tag').getByLabel('新标签').fill('植树节')
  await app.screenshot('batch-tag-zh-CN-dark')
  await page.getByTestId('batch-tag').getByLabel('新标签').press('Enter')
  await expect(page.getByTestId('batch-notice')).toContainText('已为 1 篇文章加上标签“植树节”。')
  expect(await tags('sample-3')).toContain('植树节')

  for (const name of ['batch-tag-en', 'batch-link-en', 'batch-tag-zh-CN-dark']) {
    const shot = join(REPO, `test-results/screenshots/${name}.png`)
    if (existsSync(shot)) copyFileSync(shot, join(REPO, `docs/screenshots/${name}.png`))
  }
})

test('Ctrl/⌘+A selects every match of a search, past the rows listed, and a batch tags them all', async ({ page, request }) => {
  const api = new ApiClient(request, server.url)
  const MATCHES = 230
  const ids: string[] = []
  for (let i = 0; i < MATCHES; i++) {
    const text = `Harbour report ${i}\n\nThe harbour office counted ${i} boats at the pier today.\n`
    ids.push((await api.call<{ id: string }>('importContent', { name: `harbour-${i}.txt`, data: Buffer.from(text).toString('base64') })).id)
  }
  const app = new AppDriver(page)
  await page.goto(server.url)
  await app.waitForLibrary()
  await app.filter('harbour')
  await expect(page.getByTestId('selection-bar')).toBeHidden()
  await app.grid.focus()
  await page.keyboard.press('ControlOrMeta+a')
  await expect(page.getByTestId('selection-count')).toHaveText(`${MATCHES} selected`)

  await page.getByTestId('batch-tag-button').click()
  await page.getByTestId('batch-tag').getByLabel('New tag').fill('harbour')
  await page.getByTestId('batch-tag').getByLabel('New tag').press('Enter')
  await expect(page.getByTestId('batch-notice')).toHaveText(new RegExp(`Tagged ${MATCHES} articles with “harbour”\\.`))
  // The search shows its best SEARCH_LIMIT (200) hits; every one of the 230 is tagged.
  const tagged = await Promise.all(ids.map(async (id) => (await api.call<Doc>('getArticle', { id })).doc.article.tags))
  expect(tagged.filter((tags) => tags.includes('harbour'))).toHaveLength(MATCHES)
})
