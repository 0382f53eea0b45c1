import { describe, expect, it } from 'vitest'
import { parseEventBlock } from '../../../src/renderer/src/change-stream'

describe('parseEventBlock (Server-Sent Events from the loopback server)', () => {
  it('reads each data line as JSON and skips comments and garbled lines', () => {
    const block = ': ping\ndata: {"type":"registry"}\ndata: {"type":"catalog","put":[],"removed":["a"]}\ndata: {not json\nevent: other'
    expect(parseEventBlock(block)).toEqual([{ type: 'registry' }, { type: 'catalog', put: [], removed: ['a'] }])
  })
})
