import type { OperationInput, OperationName, OperationOutput } from './contract'
import type { Result } from './result'

/** The typed API every client sees: one async function per contract operation. */
export type Api = { [K in OperationName]: (input: OperationInput<K>) => Promise<Result<OperationOutput<K>>> }
