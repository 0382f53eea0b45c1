import { expect, test as base, type Page } from '@playwright/test'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { AppDriver } from './support/app'
import { startServer } from './support/server'

// Invented local news, written for these tests.
const HARBOUR = `Yunhe Harbour Festival Opens

On May 18, Xu Zhenbang, mayor of Yunhe City, opened the harbour festival at Fenglin Reservoir. Gao Shuying, director of the Municipal Culture Bureau, and Tang Wei, secretary of the Qiaoxi District Party Committee, attended the ceremony together with Lu Minghua, deputy director of the Municipal Sports Bureau. Xu Zhenbang said the reservoir will host the rowing race on May 20.

The Qiaoxi District Rowing Team trained at Fenglin Reservoir for two months.
`
const CHINESE = `梅林镇举办乡村工匠技能比武

9月20日，青岚县乡村工匠技能比武在梅林镇开幕。县委副书记郑晓岚出席开幕式并致辞，县农业农村局局长罗志强介绍了比赛安排，团县委书记宋嘉怡宣读了表彰决定。来自石门乡的选手黄秀英获得电商直播项目一等奖，她说：“我在家门口就能学技术、比本领。”
`
const FOLLOW_UP = `Rowing Race Ends at Fenglin Lake

The race ended on May 20 at Fenglin Lake. Xu Zhenbang handed the cup to the Qiaoxi team and thanked the volunteers of Dongtang Community.
`

/** Each test gets its own `scriptorium serve` on a fresh archive, and the two articles above. */
const test = base.extend<{ app: AppDriver }>({
  app: async ({ page }, use) => {
    const server = await startServer()
    try {
      const files = [
        ['harbour.txt', HARBOUR],
        ['follow-up.txt', FOLLOW_UP]
      ].map(([name, text]) => {
        const path = join(server.tmp, name as string)
        writeFileSync(path, text as string)
        return path
      })
      await page.goto(server.url)
      const app = new AppDriver(page)
      await app.waitForLibrary()
      await app.importFiles(files)
      await app.closeImport()
      await use(app)
    } finally {
      await server.stop()
    }
  }
})

/** Selects the first occurrence of `needle` in the article text (kept as text: no DOM types here). */
const SELECT_SCRIPT = `(needle) => {
  const root = document.querySelector('[data-testid="article-text"]')
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  while (walker.nextNode()) {
    const node = walker.currentNode
    const i = node.data.indexOf(needle)
    if (i < 0) continue
    const range = document.createRange()
    range.setStart(node, i)
    range.setEnd(node, i + needle.length)
    getSelection().removeAllRanges()
    getSelection().addRange(range)
    return true
  }
  return false
}`

/**
 * Pairs of a relation label and a line of text whose boxes intersect (kept as text: no DOM
 * types here). Every text node's line boxes are compared with every label's pill.
 */
const COVERED_SCRIPT = `() => {
  const root = document.querySelector('[data-testid="article-text"]')
  const labels = [...document.querySelectorAll('.relation__label-box')].map((el) => el.getBoundingClientRect())
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  const hits = []
  while (walker.nextNode()) {
    const node = walker.currentNode
    if (!node.data.trim() || node.parentElement.closest('svg')) continue
    const range = document.createRange()
    range.selectNodeContents(node)
    for (const line of range.getClientRects()) {
      // The glyphs: the middle 70% of the line's content box (its ascent and descent are blank).
      const top = line.top + line.height * 0.15
      const bottom = line.bottom - line.height * 0.15
      for (const box of labels) {
        if (box.left < line.right && line.left < box.right && box.top < bottom && top < box.bottom) hits.push(node.data.slice(0, 30))
      }
    }
  }
  return hits
}`

async function openArticle(app: AppDriver, title: string): Promise<void> {
  await app.row(title).click()
  await expect(app.page.getByTestId('annotate-panel')).toBeVisible()
}

async function suggestions(page: Page, tab: string | RegExp = /Suggestions/, fetch = 'Suggest annotations') {
  await page.getByRole('tab', { name: tab }).click()
  await page.getByRole('button', { name: fetch }).click()
  await expect(page.locator('.sugg-row').first()).toBeVisible()
}

/** Relates two annotations as a person does; creating one shows the Relations tab. */
async function relate(page: Page, from: string, to: string, type: string, annotationsTab = /Annotations/): Promise<void> {
  await page.getByRole('tab', { name: annotationsTab }).click()
  await page.getByTestId('annotate-panel').locator('.ann-row').filter({ hasText: from }).first().click()
  await page.getByTestId('add-relation').click()
  await page.getByTestId('article-text').locator('[data-ids]').filter({ hasText: to }).first().click()
  await page.locator('#relation-type').selectOption(type)
  await page.getByTestId('relation-create').click()
  await expect(page.getByTestId('relation-list').locator('li').filter({ hasText: from }).first()).toBeVisible()
}

test('a known entity’s suggestion links when accepted; a rejected one stays gone after a reload', async ({ app }) => {
  const { page } = app
  // Tag "Xu Zhenbang" in one article and make him an entity…
  await openArticle(app, 'Yunhe Harbour Festival Opens')
  await expect(page.getByTestId('type-palette')).toBeHidden()
  expect(await page.evaluate(`(${SELECT_SCRIPT})("Xu Zhenbang")`)).toBe(true)
  await expect(page.getByTestId('type-palette')).toBeVisible()
  await page.keyboard.press('p')
  const entityInput = page.getByTestId('entity-input')
  await entityInput.focus()
  await entityInput.press('Enter')
  await expect(page.getByTestId('linked-entity')).toContainText('Xu Zhenbang')

  // …and in the other article the registry suggests him, with the entity.
  await app.openLibrary()
  await openArticle(app, 'Rowing Race Ends at Fenglin Lake')
  await suggestions(page)
  const xu = page.locator('.sugg-row').filter({ hasText: 'Xu Zhenbang' })
  await expect(xu.getByTestId('suggestion-entity')).toHaveText('→ Xu Zhenbang')
  await app.screenshot('suggest-known-entity-en')
  await page.getByRole('button', { name: 'Accept “Xu Zhenbang”' }).click()
  await expect(xu).toHaveCount(0)
  await page.getByRole('tab', { name: /Annotations/ }).click()
  await page.getByTestId('group-PERSON').getByRole('button', { name: 'Xu Zhenbang' }).click()
  await expect(page.getByTestId('linked-entity')).toContainText('Xu Zhenbang')
  await page.keyboard.press('Escape')

  // Rejected: gone now, after a reload, and one step in the history.
  await suggestions(page, /Suggestions/, 'Suggest again')
  const lake = page.locator('.sugg-row').filter({ hasText: 'Fenglin Lake' })
  await expect(lake).toHaveCount(1)
  const offered = await page.locator('.sugg-row').count()
  await page.getByRole('button', { name: 'Reject “Fenglin Lake”' }).click()
  await expect(lake).toHaveCount(0)
  await expect(page.getByTestId('undo')).toHaveAttribute('title', /Undo: reject suggestion/)
  // Undo offers it again, redo rejects it again.
  await page.getByTestId('undo').click()
  await expect(lake).toHaveCount(1)
  await page.getByTestId('redo').click()
  await expect(lake).toHaveCount(0)
  await page.reload()
  await expect(page.getByTestId('annotate-panel')).toBeVisible()
  await suggestions(page)
  await expect(page.locator('.sugg-row')).toHaveCount(offered - 1)
  await expect(lake).toHaveCount(0)
  await page.getByRole('tab', { name: /History/ }).click()
  await expect(page.getByTestId('history')).toContainText('reject suggestion PLACE “Fenglin Lake”')

  // In Chinese: the other mention of him in the first article, offered with his entity.
  await app.openSettings()
  await app.choose('language', 'zh-CN')
  await app.openLibrary()
  await openArticle(app, 'Yunhe Harbour Festival Opens')
  await suggestions(page, /建议/, '获取标注建议')
  await expect(page.locator('.sugg-row').filter({ hasText: 'Xu Zhenbang' }).getByTestId('suggestion-entity')).toHaveText('→ Xu Zhenbang')
  await app.screenshot('suggest-known-entity-zh-CN')
})

test('relation labels name the relation type in the interface language, between the lines', async ({ app }) => {
  test.setTimeout(150_000)
  const { page } = app
  await openArticle(app, 'Yunhe Harbour Festival Opens')
  await suggestions(page)
  await page.getByTestId('accept-all').click()
  await expect(page.getByTestId('suggestions-done')).toBeVisible()
  await page.getByRole('tab', { name: /Annotations/ }).click()

  // Several relations on neighbouring lines, two of them from the same line.
  await relate(page, 'Gao Shuying', 'Municipal Culture Bureau', 'holds-position-in')
  await relate(page, 'Tang Wei', 'Qiaoxi District Party Committee', 'holds-position-in')
  await relate(page, 'Lu Minghua', 'Municipal Sports Bureau', 'member-of')
  await relate(page, 'Xu Zhenbang', 'Fenglin Reservoir', 'attended')
  const labels = page.getByTestId('relation-label')
  await expect(labels).toHaveCount(4)
  await expect(labels).toContainText(['holds position in', 'holds position in', 'member of', 'attended'])
  await page.keyboard.press('Escape')
  await app.screenshot('relation-labels-en')
  expect(await page.evaluate(`(${COVERED_SCRIPT})()`)).toEqual([])

  const url = page.url()
  await app.openSettings()
  await app.choose('language', 'zh-CN')
  // Opened afresh, with its relations: the arrows are drawn at once.
  await page.goto(url)
  await expect(labels).toHaveCount(4)
  await expect(labels).toContainText(['任职于', '任职于', '成员', '出席'])
  await app.screenshot('relation-labels-zh-CN')
  expect(await page.evaluate(`(${COVERED_SCRIPT})()`)).toEqual([])
})

test('relation labels in a Chinese article stay between its lines (dark theme)', async ({ app }) => {
  test.setTimeout(150_000)
  const { page } = app
  const path = join(test.info().outputDir, 'meilin.txt')
  mkdirSync(test.info().outputDir, { recursive: true })
  writeFileSync(path, CHINESE)
  await app.applySettings({ language: 'zh-CN', theme: 'dark' })
  await app.importFiles([path])
  await app.closeImport()
  await openArticle(app, '梅林镇举办乡村工匠技能比武')
  await suggestions(page, /建议/, '获取标注建议')
  await page.getByTestId('accept-all').click()
  await expect(page.getByTestId('suggestions-done')).toBeVisible()

  await relate(page, '郑晓岚', '县委', 'holds-position-in', /标注/)
  await relate(page, '罗志强', '县农业农村局', 'holds-position-in', /标注/)
  await relate(page, '宋嘉怡', '团县委', 'member-of', /标注/)
  await relate(page, '梅林镇', '青岚县', 'located-in', /标注/)
  const labels = page.getByTestId('relation-label')
  await expect(labels).toContainText(['任职于', '任职于', '成员', '位于'])
  await page.keyboard.press('Escape')
  await app.screenshot('relation-labels-chinese-article')
  expect(await page.evaluate(`(${COVERED_SCRIPT})()`)).toEqual([])
})
