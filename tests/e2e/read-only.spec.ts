import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { AppDriver } from './support/app'
import { CLI, startServer } from './support/server'

/** A new archive (the samples) plus one article written by a future Scriptorium. */
function archiveWithNewerArticle(archive: string): void {
  execFileSync(process.execPath, [CLI, 'list', '--archive', archive], { env: { ...process.env, SCRIPTORIUM_HOME: join(archive, '..', 'home') } })
  writeFileSync(join(archive, 'articles', 'from-the-future.json'), JSON.stringify({ schemaVersion: 99, article: { id: 'from-the-future' } }))
}

for (const lng of ['en', 'zh-CN'] as const) {
  test(`an archive with files of a newer Scriptorium opens read-only and says so (${lng})`, async ({ page }) => {
    const server = await startServer({ prepareArchive: archiveWithNewerArticle })
    try {
      const app = new AppDriver(page)
      const url = new URL(server.url)
      url.searchParams.set('lng', lng)
      await page.goto(url.href)
      await app.waitForLibrary()
      const banner = page.getByTestId('read-only-banner')
      await expect(banner).toContainText(lng === 'en' ? 'written by a newer version of Scriptorium' : '较新版本的 Scriptorium')
      await expect(app.rows).toHaveCount(4)
      await app.screenshot(`read-only-${lng}`)

      // Reading still works, and the banner stays above the reader.
      await app.rows.first().click()
      await expect(page.getByTestId('article-text')).toBeVisible()
      await expect(banner).toBeVisible()
      await app.screenshot(`read-only-reader-${lng}`)
    } finally {
      await server.stop()
    }
  })
}

test('a library without such files shows no read-only banner', async ({ page }) => {
  const server = await startServer()
  try {
    await page.goto(server.url)
    await new AppDriver(page).waitForLibrary()
    await expect(page.getByTestId('read-only-banner')).toHaveCount(0)
  } finally {
    await server.stop()
  }
})
