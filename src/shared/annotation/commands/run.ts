import type { ArticleDoc, RegistryDoc } from '../../model/documents'
import { addAnnotation } from './add-annotation'
import { addAnnotations } from './add-annotations'
import { addRelation } from './add-relation'
import { createEntity } from './create-entity'
import { deleteAnnotations } from './delete-annotations'
import { deleteRelation, restoreRelation } from './delete-relation'
import { mergeEntities } from './merge-entities'
import { putEntities } from './put-entities'
import { forgetRejections, rejectSuggestions } from './reject-suggestions'
import { relinkEntities } from './relink-entities'
import { restoreAnnotations } from './restore-annotations'
import { retypeAnnotations } from './retype-annotations'
import type { ArticleCommand, ArticleContext, CommandContext, Outcome, RegistryCommand } from './types'
import { updateAnnotation } from './update-annotation'
import { updateMetadata } from './update-metadata'
import { updateTags } from './update-tags'
import { updateEntity } from './update-entity'
import { updateRelation } from './update-relation'
import { updateSchema } from './update-schema'
import { editTranslation, setTranslation } from '../../translation/commands/core'
import { moveBoundary } from '../../translation/commands/move-boundary'
import {
  addTranslation,
  ignoreQaFinding,
  markMachineTranslation,
  mergeSegments,
  postEdit,
  splitSegment
} from '../../translation/commands/translation-commands'

/** Runs an article command given as data (what the undo stack stores). */
export function runArticleCommand(doc: ArticleDoc, command: ArticleCommand, ctx: ArticleContext): Outcome<ArticleDoc, ArticleCommand, unknown> {
  switch (command.kind) {
    case 'addAnnotation':
      return addAnnotation(doc, command.input, ctx)
    case 'addAnnotations':
      return addAnnotations(doc, command.input, ctx)
    case 'updateAnnotation':
      return updateAnnotation(doc, command.input, ctx)
    case 'deleteAnnotations':
      return deleteAnnotations(doc, command.input, ctx)
    case 'restoreAnnotations':
      return restoreAnnotations(doc, command.input, ctx)
    case 'relinkEntities':
      return relinkEntities(doc, command.input, ctx)
    case 'retypeAnnotations':
      return retypeAnnotations(doc, command.input, ctx)
    case 'addRelation':
      return addRelation(doc, command.input, ctx)
    case 'updateRelation':
      return updateRelation(doc, command.input, ctx)
    case 'deleteRelation':
      return deleteRelation(doc, command.input, ctx)
    case 'restoreRelation':
      return restoreRelation(doc, command.input, ctx)
    case 'rejectSuggestions':
      return rejectSuggestions(doc, command.input, ctx)
    case 'forgetRejections':
      return forgetRejections(doc, command.input, ctx)
    case 'updateMetadata':
      return updateMetadata(doc, command.input, ctx)
    case 'updateTags':
      return updateTags(doc, command.input, ctx)
    case 'addTranslation':
      return addTranslation(doc, command.input, ctx)
    case 'markMachineTranslation':
      return markMachineTranslation(doc, command.input, ctx)
    case 'postEdit':
      return postEdit(doc, command.input, ctx)
    case 'splitSegment':
      return splitSegment(doc, command.input, ctx)
    case 'mergeSegments':
      return mergeSegments(doc, command.input, ctx)
    case 'moveBoundary':
      return moveBoundary(doc, command.input, ctx)
    case 'ignoreQaFinding':
      return ignoreQaFinding(doc, command.input, ctx)
    case 'editTranslation':
      return editTranslation(doc, command.input, ctx)
    case 'setTranslation':
      return setTranslation(doc, command.input, ctx)
  }
}

/** Runs a registry command given as data. */
export function runRegistryCommand(
  registry: RegistryDoc,
  command: RegistryCommand,
  ctx: CommandContext
): Outcome<RegistryDoc, RegistryCommand, unknown> {
  switch (command.kind) {
    case 'createEntity':
      return createEntity(registry, command.input, ctx)
    case 'updateEntity':
      return updateEntity(registry, command.input, ctx)
    case 'mergeEntities':
      return mergeEntities(registry, command.input, ctx)
    case 'putEntities':
      return putEntities(registry, command.input, ctx)
    case 'updateSchema':
      return updateSchema(registry, command.input, ctx)
  }
}
