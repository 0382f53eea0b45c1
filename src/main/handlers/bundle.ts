import type { AppContext } from '../app-context'
import type { Handlers } from '../dispatch'
import { AppFailure } from '@shared/ipc/result'
import { availableFormats } from '../services/bundle/formats'

export const bundleHandlers = (ctx: AppContext): Pick<Handlers, 'exportFormats' | 'startExport' | 'saveExport' | 'startBundleCheck' | 'startBundleApply' | 'jobStatus' | 'cancelJob'> => ({
  exportFormats: async () => availableFormats(),
  startExport: ({ ids, formats }) => {
    const offered = availableFormats()
    const unavailable = formats.find((id) => !offered.includes(id))
    if (unavailable) throw new AppFailure('ipc.invalidInput', `Format ${unavailable} is not available`, { field: 'formats', detail: unavailable }, 'formats')
    return ctx.bundles.startExport(ids, formats)
  },
  saveExport: async ({ id }) => {
    const choose = ctx.chooseSavePath
    if (!choose) throw new AppFailure('bundle.noSaveDialog', 'No save dialog in browser mode', {}, 'id')
    return { path: await ctx.bundles.save(id, choose) }
  },
  startBundleCheck: ({ name, data, upload, path: local }) => {
    if (data !== undefined) return ctx.bundles.startCheck(name, Buffer.from(data, 'base64'))
    if (local !== undefined) {
      // Only the desktop app's own window names files on this computer; a browser page uploads them.
      if (!ctx.readsLocalFiles) throw new AppFailure('bundle.noLocalPath', 'Bundles are named by path only in the desktop app', {}, 'path')
      return ctx.bundles.startCheck(name, { local })
    }
    const path = upload === undefined ? null : ctx.uploads.take(upload)
    if (path === null) throw new AppFailure('bundle.uploadExpired', `No upload ${upload}`, {}, 'upload')
    return ctx.bundles.startCheck(name, { path })
  },
  startBundleApply: async ({ ticket }) => ctx.bundles.startApply(ticket),
  jobStatus: async ({ id }) => ctx.jobs.view(id),
  cancelJob: async ({ id }) => ctx.jobs.cancel(id)
})
