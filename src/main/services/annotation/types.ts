import type { annotationOperations } from '@shared/ipc/annotation-contract'
import type { z } from 'zod'

/** The validated input of an annotation operation. */
export type In<K extends keyof typeof annotationOperations> = z.output<(typeof annotationOperations)[K]>
