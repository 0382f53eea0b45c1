import { basename } from 'node:path'
import type { ZodError } from 'zod'
import { Low } from 'lowdb'
import { AppFailure } from '@shared/ipc/result'
import { CatalogDoc, DEFAULT_SCHEMA, RegistryDoc, SCHEMA_VERSION } from '@shared/model'
import type { Backups } from './backups'
import { Catalog } from './catalog'
import { DurableAdapter } from './durable-adapter'
import type { ArchivePaths } from './layout'
import { migrate, MigrationError, versionOf } from './migrations'
import { quarantineCopy, type QuarantineEntry } from './quarantine'
import { NotRegularFileError } from './regular-file'
import { describeIssues } from './shard-store'

export type RawLoad = { status: 'ok'; value: unknown } | { status: 'missing' } | { status: 'damaged'; reason: string }

export async function readRaw(file: string): Promise<RawLoad> {
  const db = new Low<unknown>(new DurableAdapter<unknown>(file), null)
  try {
    await db.read()
  } catch (error) {
    if (error instanceof SyntaxError) return { status: 'damaged', reason: `not valid JSON (${error.message})` }
    if (error instanceof NotRegularFileError) return { status: 'damaged', reason: error.message }
    throw error
  }
  return db.data === null ? { status: 'missing' } : { status: 'ok', value: db.data }
}

/** Refuses an archive written by a newer Scriptorium rather than quarantining all of it. */
function assertNotNewer(file: string, raw: unknown): void {
  let version: number
  try {
    version = versionOf(raw)
  } catch {
    return
  }
  if (version > SCHEMA_VERSION) {
    throw new AppFailure('archive.newerVersion', `${file} was written by a newer version of Scriptorium (schema ${version})`, {
      file,
      version
    })
  }
}

type Validated<T> = { ok: true; doc: T; migrated: boolean } | { ok: false; reason: string }

function upgrade<T>(kind: 'catalog' | 'registry', raw: unknown, schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: ZodError } }): Validated<T> {
  let migrated
  try {
    migrated = migrate(kind, raw)
  } catch (error) {
    if (error instanceof MigrationError) return { ok: false, reason: error.message }
    throw error
  }
  const parsed = schema.safeParse(migrated.doc)
  if (!parsed.success) return { ok: false, reason: `does not match the ${kind} schema (${describeIssues(parsed.error)})` }
  return { ok: true, doc: parsed.data, migrated: migrated.changed }
}

export interface LoadedCatalog {
  catalog: Catalog
  rebuilt: boolean
  migrated: boolean
  quarantined?: QuarantineEntry
}

/**
 * archive.json, migrated and validated. Missing or damaged: an empty catalog to be rebuilt
 * from the shards by the reconciliation (a damaged one is first copied to quarantine/).
 */
export async function loadCatalog(paths: ArchivePaths, raw: RawLoad, isNew: boolean, writable = true): Promise<LoadedCatalog> {
  if (raw.status === 'missing') return { catalog: markDirty(new Catalog()), rebuilt: !isNew, migrated: false }
  let reason: string
  if (raw.status === 'ok') {
    assertNotNewer(paths.catalog, raw.value)
    const result = upgrade<CatalogDoc>('catalog', raw.value, CatalogDoc)
    if (result.ok) {
      const catalog = new Catalog(result.doc.articles)
      catalog.dirty = result.migrated
      return { catalog, rebuilt: false, migrated: result.migrated }
    }
    reason = result.reason
  } else {
    reason = raw.reason
  }
  const quarantined = await setAside(paths, paths.catalog, `${reason}; catalog rebuilt from the articles`, writable)
  return { catalog: markDirty(new Catalog()), rebuilt: true, migrated: false, quarantined }
}

/** A damaged document: copied to quarantine/, or only reported when nothing may be written. */
function setAside(paths: ArchivePaths, file: string, reason: string, writable: boolean): Promise<QuarantineEntry> {
  if (writable) return quarantineCopy(paths.quarantine, file, reason)
  return Promise.resolve({ file: basename(file), reason, storedAs: '' })
}

function markDirty(catalog: Catalog): Catalog {
  catalog.dirty = true
  return catalog
}

export interface LoadedRegistry {
  registry: RegistryDoc
  /** True when registry.json must be (re)written: new, migrated or restored. */
  write: boolean
  migrated: boolean
  quarantined?: QuarantineEntry
  /** registry.json was missing: the backup it was restored from, or null for the defaults. */
  missingRestoredFrom?: string | null
}

/**
 * registry.json, migrated and validated. It cannot be rebuilt from the shards, so a damaged
 * one is copied to quarantine/ and replaced by the newest valid backup (or the defaults).
 * A version-0 archive kept the registry inside archive.json: it is migrated from there.
 */
export async function loadRegistry(paths: ArchivePaths, raw: RawLoad, rawCatalog: RawLoad, backups: Backups, writable = true): Promise<LoadedRegistry> {
  if (raw.status === 'ok') {
    assertNotNewer(paths.registry, raw.value)
    const result = upgrade<RegistryDoc>('registry', raw.value, RegistryDoc)
    if (result.ok) return { registry: result.doc, write: result.migrated, migrated: result.migrated }
    return restore(paths, backups, result.reason, writable)
  }
  if (raw.status === 'damaged') return restore(paths, backups, raw.reason, writable)
  if (rawCatalog.status === 'ok' && safeVersion(rawCatalog.value) === 0) {
    const result = upgrade<RegistryDoc>('registry', rawCatalog.value, RegistryDoc)
    if (result.ok) return { registry: result.doc, write: true, migrated: true }
  }
  const restored = await fromBackups(backups)
  return { registry: restored?.registry ?? defaultRegistry(), write: true, migrated: false, missingRestoredFrom: restored?.name ?? null }
}

async function restore(paths: ArchivePaths, backups: Backups, reason: string, writable: boolean): Promise<LoadedRegistry> {
  const restored = await fromBackups(backups)
  const outcome = restored ? `restored from backups/${restored.name}` : 'replaced by the default tag schema with no entities'
  const quarantined = await setAside(paths, paths.registry, `${reason}; ${outcome}`, writable)
  return { registry: restored?.registry ?? defaultRegistry(), write: true, migrated: false, quarantined }
}

async function fromBackups(backups: Backups): Promise<{ name: string; registry: RegistryDoc } | undefined> {
  for await (const { name, text } of backups.newestFirst()) {
    try {
      const result = upgrade<RegistryDoc>('registry', JSON.parse(text), RegistryDoc)
      if (result.ok) return { name, registry: result.doc }
    } catch {
      // an unreadable backup: try the next older one
    }
  }
  return undefined
}

export function defaultRegistry(): RegistryDoc {
  return { schemaVersion: SCHEMA_VERSION, schema: structuredClone(DEFAULT_SCHEMA), entities: [] }
}

function safeVersion(raw: unknown): number | undefined {
  try {
    return versionOf(raw)
  } catch {
    return undefined
  }
}
