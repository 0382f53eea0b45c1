import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

/** The crash test: SIGKILLs the built CLI mid-import (needs `electron-vite build` first). */
export default defineConfig({
  resolve: { alias: { '@shared': fileURLToPath(new URL('./src/shared', import.meta.url)) } },
  test: {
    include: ['tests/crash/**/*.test.ts'],
    environment: 'node',
    // Each trial mostly waits on a child process it kills, so two files at a time fit two cores.
    maxWorkers: Math.max(2, availableParallelism()),
    testTimeout: 60_000,
    hookTimeout: 60_000
  }
})
