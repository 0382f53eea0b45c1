import type { Contract, OperationInput, OperationOutput } from './contract'
import type { Result } from './result'

/** The typed API every client sees: one async function per contract operation. */
export type Api = { [K in keyof Contract]: (input: OperationInput<K>) => Promise<Result<OperationOutput<K>>> }
