import type { AppContext } from '../../app-context'
import { TranslationMemory } from './translation-memory'

export { TranslationMemory } from './translation-memory'

const memories = new WeakMap<AppContext, TranslationMemory>()

/** The translation memory of the archive open now; switching archives closes the old one. */
export function translationMemory(ctx: AppContext): TranslationMemory {
  const current = memories.get(ctx)
  if (current?.archive === ctx.archive) return current
  void current?.close().catch(() => undefined)
  const memory = new TranslationMemory(ctx.archive)
  memories.set(ctx, memory)
  return memory
}

/** Saves and stops the memory of this context's archive (its worker with it). */
export async function closeTranslationMemory(ctx: AppContext): Promise<void> {
  const current = memories.get(ctx)
  memories.delete(ctx)
  await current?.close()
}
