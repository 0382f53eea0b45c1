import { describe, expect, it } from 'vitest'
import { contract } from '@shared/ipc/contract'
import { operationNames } from '@shared/ipc/operation-names'

describe('operationNames (the zod-free list the preload exposes)', () => {
  it('names every contract operation, each once', () => {
    expect([...operationNames].sort()).toEqual(Object.keys(contract).sort())
  })
})
