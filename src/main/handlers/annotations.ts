import type { AppContext } from '../app-context'
import type { Handlers } from '../dispatch'
import { annotationSession } from '../services/annotation'
import * as ops from '../services/annotation/article-ops'
import { findOccurrences, suggest } from '../services/annotation/occurrences'
import { LIBRARY_SCOPE, REGISTRY_SCOPE, articleScope } from '../services/annotation/undo-stacks'

type ArticleOps =
  | 'addAnnotation'
  | 'addAnnotations'
  | 'updateAnnotation'
  | 'deleteAnnotations'
  | 'addRelation'
  | 'updateRelation'
  | 'deleteRelation'
  | 'splitMention'
  | 'findOccurrences'
  | 'tagOccurrences'
  | 'suggest'
  | 'acceptSuggestions'
  | 'rejectSuggestions'
  | 'undo'
  | 'redo'
  | 'undoState'

/** Annotation, relation, propagation, suggestion and undo operations (issue 5). */
export const annotationHandlers = (ctx: AppContext): Pick<Handlers, ArticleOps> => {
  const session = () => annotationSession(ctx)
  return {
    addAnnotation: async (input) => ops.addAnnotation(session(), input),
    addAnnotations: async (input) => ops.addAnnotations(session(), input),
    updateAnnotation: async (input) => ops.updateAnnotation(session(), input),
    deleteAnnotations: async (input) => ops.deleteAnnotations(session(), input),
    addRelation: async (input) => ops.addRelation(session(), input),
    updateRelation: async (input) => ops.updateRelation(session(), input),
    deleteRelation: async (input) => ops.deleteRelation(session(), input),
    splitMention: async (input) => ops.splitMention(session(), input),
    tagOccurrences: async (input) => ops.tagOccurrences(session(), input),
    acceptSuggestions: async (input) => ops.addAnnotations(session(), input),
    rejectSuggestions: async (input) => ops.rejectSuggestions(session(), input),
    findOccurrences: async (input) => findOccurrences(session(), input),
    suggest: async (input) => suggest(session(), input),
    undo: async ({ articleId, revision, scope }) => {
      const s = session()
      return s.exclusive(() => s.undoRedo('undo', articleId, revision, scope === 'library'))
    },
    redo: async ({ articleId, revision, scope }) => {
      const s = session()
      return s.exclusive(() => s.undoRedo('redo', articleId, revision, scope === 'library'))
    },
    undoState: async ({ articleId, scope }) =>
      session().stacks.state(scope === 'library' ? LIBRARY_SCOPE : articleId === undefined ? REGISTRY_SCOPE : articleScope(articleId))
  }
}
