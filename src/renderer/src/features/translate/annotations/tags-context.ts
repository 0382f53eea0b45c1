import { createContext, useContext } from 'react'
import type { TagType } from '@shared/model'
import type { ProjectedMention } from '@shared/translation/projection'

/** What every cell needs to draw tags and offer tagging: the tag schema and how to name a projected mention. */
export interface EditorTags {
  types: TagType[]
  colors: Record<string, string>
  describe: (mention: ProjectedMention) => string
}

const NONE: EditorTags = { types: [], colors: {}, describe: () => '' }

export const EditorTagsContext = createContext<EditorTags>(NONE)

export const useEditorTags = (): EditorTags => useContext(EditorTagsContext)
