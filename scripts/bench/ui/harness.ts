// Starts the built app (`scriptorium serve`) on an archive and a Chromium page against it,
// with the Chrome DevTools Protocol's Performance domain for main-thread task time.
import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core'

export interface Harness {
  url: string
  page: Page
  cdp: CDPSession
  close(): Promise<void>
}

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync']

function startServer(archive: string, home: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [join(process.cwd(), 'out/main/cli.js'), 'serve', '--archive', archive], {
    env: { ...process.env, SCRIPTORIUM_HOME: home, LANG: 'en_US.UTF-8' },
    stdio: ['ignore', 'pipe', 'inherit']
  })
  return new Promise((resolve, reject) => {
    let out = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const url = /Scriptorium: (http\S+)/.exec(out)?.[1]
      if (url) resolve({ child, url })
    })
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)))
  })
}

export async function startHarness(archive: string, home: string): Promise<Harness> {
  const { child, url } = await startServer(archive, home)
  const browser: Browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS })
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Performance.enable')
  return {
    url,
    page,
    cdp,
    close: async () => {
      await browser.close()
      // Wait for the server to close the archive (final catalog flush) before its folder goes.
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGINT')
      await exited
    }
  }
}

/** Cumulative main-thread task time of the page, in milliseconds. */
export async function taskMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics')
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN
}

export const ms = (x: number) => `${x.toFixed(1)} ms`
