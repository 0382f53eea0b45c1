/**
 * The translation operations the editor calls (the one place that names them, so the
 * editor's components and hooks do not depend on the client's shape). Looked up at each call,
 * like every other use of `api`.
 */
import type { Api } from '@shared/ipc/client'
import { api } from '../../api'

type Ops = Pick<Api, 'addTranslation' | 'markMachineTranslation' | 'getSegments' | 'postEdit' | 'splitSegment' | 'mergeSegments' | 'moveBoundary' | 'runQa' | 'ignoreQaFinding'>

export const translateApi: Ops = {
  addTranslation: (input) => api.addTranslation(input),
  markMachineTranslation: (input) => api.markMachineTranslation(input),
  getSegments: (input) => api.getSegments(input),
  postEdit: (input) => api.postEdit(input),
  splitSegment: (input) => api.splitSegment(input),
  mergeSegments: (input) => api.mergeSegments(input),
  moveBoundary: (input) => api.moveBoundary(input),
  runQa: (input) => api.runQa(input),
  ignoreQaFinding: (input) => api.ignoreQaFinding(input)
}
