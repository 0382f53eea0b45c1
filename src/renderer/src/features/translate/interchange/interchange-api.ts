/** The interchange operations the editor calls, looked up at each call like every other use of `api`. */
import type { Api } from '@shared/ipc/client'
import { api } from '../../../api'

export const interchangeApi: Pick<Api, 'exportXliff' | 'importXliff'> = {
  exportXliff: (input) => api.exportXliff(input),
  importXliff: (input) => api.importXliff(input)
}
