/** The annotation operations the translation editor calls (the one place that names them). */
import type { Api } from '@shared/ipc/client'
import { api } from '../../../api'

type Ops = Pick<Api, 'addAnnotation' | 'updateAnnotation' | 'deleteAnnotations'>

export const tagApi: Ops = {
  addAnnotation: (input) => api.addAnnotation(input),
  updateAnnotation: (input) => api.updateAnnotation(input),
  deleteAnnotations: (input) => api.deleteAnnotations(input)
}
