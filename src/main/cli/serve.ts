import { rendererDir } from '../paths'
import { startServer } from '../server'
import { archiveOption, EXIT, type Command } from './command'
import { withSession } from './open'

export const serveCommand: Command = {
  name: 'serve',
  summary: 'serve.summary',
  usage: 'serve [--archive DIR] [--port N]',
  options: { ...archiveOption, port: { type: 'string' } },
  optionHelp: { archive: 'option.archive', port: 'option.port' },
  minPositionals: 0,
  maxPositionals: 0,
  run: async (values, _positionals, io, t) => {
    const port = values.port === undefined ? 0 : Number(values.port)
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      io.err(t('cli:error.badPort', { value: String(values.port) }))
      return EXIT.usage
    }
    return withSession(values, io, t, async ({ ctx, dispatch }) => {
      let server
      try {
        server = await startServer({ dispatch, t, rendererDir: rendererDir(), port, feed: ctx.feed, downloads: (job, key) => ctx.bundles.download(job, key), uploads: ctx.uploads })
      } catch (error) {
        io.err(t('cli:error.listen', { port, detail: (error as Error).message }))
        return EXIT.someFailed
      }
      io.out(`Scriptorium: ${server.url}`)
      await io.interrupted
      await server.close()
      return EXIT.ok
    }, { warmSearch: true })
  }
}
