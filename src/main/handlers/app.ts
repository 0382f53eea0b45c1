import type { AppContext } from '../app-context'
import type { Handlers } from '../dispatch'
import { osLocale } from '../i18n'

const VERSION = process.env.npm_package_version ?? '0.1.0'

export const appHandlers = (ctx: AppContext): Pick<Handlers, 'appInfo' | 'archiveInfo' | 'openArchive' | 'getSettings' | 'updateSettings'> => {
  const archiveInfo = () => {
    const archive = ctx.archive
    return {
      path: archive.dir,
      articleCount: archive.list().length,
      quarantined: archive.report.quarantined.map((q) => q.file),
      catalogRebuilt: archive.report.catalogRebuilt,
      readOnly: archive.readOnly?.code ?? null
    }
  }
  return {
    appInfo: async () => ({ version: VERSION, mode: ctx.mode, osLocale: osLocale() }),
    archiveInfo: async () => archiveInfo(),
    openArchive: async ({ path, create }) => {
      await ctx.switchArchive(path, create)
      return archiveInfo()
    },
    getSettings: async () => ctx.settings.get(),
    updateSettings: async (patch) => ctx.settings.update(patch)
  }
}
