import { z } from 'zod'

export const UiLanguage = z.enum(['en', 'zh-CN'])
export type UiLanguage = z.infer<typeof UiLanguage>

export const Theme = z.enum(['light', 'dark', 'system'])
export type Theme = z.infer<typeof Theme>

/** Per-user preferences, stored beside (not inside) the archive. */
export const Settings = z.object({
  language: UiLanguage.nullable(),
  theme: Theme,
  archivePath: z.string().min(1).max(4096).nullable(),
  readerZoom: z.number().min(0.5).max(3),
  window: z
    .object({ x: z.number().int(), y: z.number().int(), width: z.number().int().min(400), height: z.number().int().min(300), maximized: z.boolean() })
    .nullable()
})
export type Settings = z.infer<typeof Settings>
