import { copyFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { expect, type Page } from '@playwright/test'
import { test } from './support/app-test'
import { ApiClient, seedEntities } from './support/seed-entities'
import { REPO } from './support/server'

/**
 * The Explore view end to end: the timeline of articles per month, an entity picked → its
 * mentions over the bars, a month listing its articles in the library, the co-occurrence
 * graph (a node opens its entity page, by mouse and by keyboard), the pairs table, and the
 * figures following a change made elsewhere.
 */

/** Where cytoscape drew a node, in page coordinates (read from the instance on its container). */
async function nodePoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  const script = `(() => {
    const element = document.querySelector('[data-testid=cooccurrence-graph]')
    const node = element._cyreg.cy.getElementById(${JSON.stringify(id)})
    const at = node.renderedPosition()
    const box = element.getBoundingClientRect()
    return { x: box.left + at.x, y: box.top + at.y }
  })()`
  return page.evaluate(script) as Promise<{ x: number; y: number }>
}

/** Scrolls the view (not the window) so that the graph's panel is at the top, for its screenshot. */
async function scrollToGraph(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    const body = document.querySelector('.explore .page__body')
    const panel = document.getElementById('explore-graph-title').closest('section')
    body.scrollTop += panel.getBoundingClientRect().top - body.getBoundingClientRect().top - 16
  })()`)
}

const month = (page: Page, value: string) => page.locator(`[data-testid=timeline-month][data-month="${value}"]`)

test('timeline, an entity’s mentions, months into the library, graph nodes into entity pages', async ({ app, page, request, server }) => {
  const api = new ApiClient(request, server.url)
  const { ids } = await seedEntities(api)
  await app.waitForLibrary()

  await page.locator('a[href="#/explore"]').click()
  await expect(page.locator('#explore-title')).toHaveText('Explore')
  // The samples are dated from October 2023 to April 2024: seven months, the empty ones included.
  await expect(page.getByTestId('timeline-month')).toHaveCount(7)
  await expect(month(page, '2023-10')).toHaveAttribute('data-articles', '1')
  await expect(month(page, '2024-01')).toHaveAttribute('data-articles', '0')
  await expect(page.getByTestId('timeline-mentions')).toHaveCount(0)

  // Hovering a month shows its figures.
  await month(page, '2024-03').hover()
  await expect(page.getByTestId('timeline-tip')).toContainText('March 2024')
  await expect(page.getByTestId('timeline-tip')).toContainText('1 article')

  // Picking an entity (by its Chinese name) draws its mentions over the bars.
  const picker = page.getByRole('combobox', { name: 'Entity' })
  await picker.fill('乔')
  await page.getByRole('option', { name: /Qiao Yaping/ }).click()
  await expect(page).toHaveURL(new RegExp(`#/explore/${ids['Qiao Yaping']}$`))
  await expect(page.getByTestId('explore-selected-entity')).toContainText('Qiao Yaping')
  await expect(page.getByTestId('timeline-legend-mentions')).toHaveText('Mentions of Qiao Yaping')
  await expect(page.getByTestId('timeline-mentions')).toBeVisible()
  await expect(month(page, '2023-10')).toHaveAttribute('data-mentions', '2')
  await month(page, '2023-10').focus()
  await expect(page.getByTestId('timeline-tip')).toContainText('2 mentions')
  await expect(month(page, '2023-10')).toHaveAccessibleName(/October 2023: 1 article, 2 mentions/)

  // The graph: seven entities; the strongest pairs in a table beside it.
  const graph = page.getByTestId('cooccurrence-graph')
  await expect(graph.locator('canvas').first()).toBeVisible()
  const pairs = page.getByTestId('explore-pair')
  await expect(pairs.first()).toContainText('Dongpo District')
  await expect(pairs.first()).toContainText('Shuiyue Subdistrict')
  await expect(pairs.first().locator('td').last()).toHaveText('2')
  await app.screenshot('explore-en-light')
  await scrollToGraph(page)
  await app.screenshot('explore-graph-en-light')

  // A click on a node opens its entity page.
  const dongpo = await nodePoint(page, ids['Dongpo District']!)
  await page.mouse.click(dongpo.x, dongpo.y)
  await expect(page.locator('#entity-title')).toHaveText('Dongpo District')

  // The entity page's Explore button comes back with that entity followed.
  await page.getByRole('link', { name: 'Explore', exact: true }).last().click()
  await expect(page).toHaveURL(new RegExp(`#/explore/${ids['Dongpo District']}$`))
  await expect(page.getByTestId('timeline-legend-mentions')).toHaveText('Mentions of Dongpo District')
  await expect(month(page, '2023-10')).toHaveAttribute('data-mentions', '1')

  // A mention linked elsewhere (here through the API) shows up without a reload.
  const text = (await api.call<{ doc: { versions: { text: string }[] } }>('getArticle', { id: 'sample-2' })).doc.versions[0]!.text
  const at = text.indexOf('At the meeting, Dongpo District') + 'At the meeting, '.length
  const start = Array.from(text.slice(0, at)).length
  await api.call('addAnnotation', { articleId: 'sample-2', start, end: start + 'Dongpo District'.length, type: 'PLACE', entity: ids['Dongpo District'] })
  await expect(month(page, '2023-10')).toHaveAttribute('data-mentions', '2')

  // Keyboard: the graph takes focus, arrow keys move between entities, Enter opens one.
  await graph.focus()
  await page.keyboard.press('ArrowRight')
  await expect(page.getByTestId('graph-focused')).toContainText('Dongpo District, PLACE, 3 mentions')
  await page.keyboard.press('Enter')
  await expect(page.locator('#entity-title')).toHaveText('Dongpo District')

  // A month lists its articles in the library, as a date: search.
  await page.goBack()
  await month(page, '2023-11').click()
  await expect(page.getByRole('searchbox')).toHaveValue('date:2023-11')
  await expect(app.rows).toHaveCount(1)
})

test('filters, and the view in Chinese with the dark theme', async ({ app, page, request, server }) => {
  const api = new ApiClient(request, server.url)
  const { ids } = await seedEntities(api)
  await app.waitForLibrary()
  await app.openSettings()
  await app.choose('language', 'zh-CN')
  await app.choose('theme', 'dark')

  await page.goto(`${server.url}#/explore/${ids['Dongpo District']}`)
  await expect(page.locator('#explore-title')).toHaveText('探索')
  await expect(page.getByTestId('timeline-legend-mentions')).toHaveText('Dongpo District 的提及')
  // Only people: Qiao Yaping and Gu Wenqiang are never in one article, so no pair is left.
  await page.getByRole('button', { name: 'PERSON' }).click()
  await expect(page.getByText('没有符合这些筛选条件的实体对。').first()).toBeVisible()
  await page.getByRole('button', { name: '全部类型' }).click()
  await expect(page.getByTestId('explore-pair')).not.toHaveCount(0)
  // At least two articles together: only Dongpo District and Shuiyue Subdistrict.
  await page.getByLabel('共现至少').selectOption('2')
  await expect(page.getByTestId('explore-pair')).toHaveCount(1)
  await page.getByLabel('共现至少').selectOption('1')
  await month(page, '2023-11').focus()
  await expect(page.getByTestId('timeline-tip')).toContainText('2023年11月')
  await app.screenshot('explore-zh-CN-dark')
  await scrollToGraph(page)
  await app.screenshot('explore-graph-zh-CN-dark')
})

test.afterAll(() => {
  for (const name of ['explore-en-light', 'explore-graph-en-light', 'explore-zh-CN-dark', 'explore-graph-zh-CN-dark']) {
    const shot = join(REPO, 'test-results/screenshots', `${name}.png`)
    if (existsSync(shot)) copyFileSync(shot, join(REPO, `docs/screenshots/${name}.png`))
  }
})
