import { CATALOG_TABLE } from "@medusajs/search-postgres/dist/utils"
import type { DbManager } from "./vocabulary"

/**
 * A new index version is loaded bare and built once its bulk load is over (ADR 046).
 *
 * A reindex writes every document into a version nothing reads yet. Kept up row by row, its GIN
 * and btree indexes and its vocabulary (statement triggers) cost about a third of each batch
 * write; built once over the loaded table they cost a fraction of that. The Search Module gives a
 * provider no "loaded" or "complete" call, but it records both in its own tables: a seed's bulk
 * pass ends by marking its `search_index_sync` row no longer `resumable` (still `processing`),
 * before the catch-up pass re-reads what changed meanwhile; and the version turns `ready` in
 * `search_index_version` before it is made active. Triggers on those two updates run the
 * statements this provider set aside for the version's table, in the update's transaction. The
 * first fires normally, so the catch-up pass still covers the edits made while the build ran;
 * the second is the guarantee: a version is never ready, so never swapped in, without its indexes
 * and vocabulary, and a failed build fails the seed (the old version stays active).
 *
 * Only tables created while the module's tables exist are deferred; anything else (a provider
 * used on its own, as in the tests, or an existing table) is built at once, as before.
 */

/** The statements set aside per document table, run in order by `FINISH_FUNCTION`. */
export const DEFERRED_TABLE = "search_embedded_deferred_build"
/** `search_embedded_finish_build(table)`: runs and removes a table's set-aside statements; false when there were none. */
export const FINISH_FUNCTION = "search_embedded_finish_build"
/** The trigger function on the Search Module's `search_index_version`. */
export const READY_FUNCTION = "search_embedded_on_version_ready"
/** The trigger function on the Search Module's `search_index_sync` (`Migration20261207110000`). */
export const LOADED_FUNCTION = "search_embedded_on_seed_loaded"
/** The Search Module's versions (`@medusajs/search` `SearchIndexVersion`: `physical_name`, `status`). */
const VERSION_TABLE = "search_index_version"
/** The Search Module's seed runs (`SearchIndexSync`: `search_index_version_id`, `status`, `resumable`). */
const SYNC_TABLE = "search_index_sync"
/** The triggers, with `SearchIndexState.READY` and `SearchSyncStatus.PROCESSING`. */
const TRIGGERS = [
  {
    name: "search_embedded_version_ready",
    table: VERSION_TABLE,
    column: "status",
    when: `NEW."status" = 'ready' AND OLD."status" IS DISTINCT FROM NEW."status"`,
    fn: READY_FUNCTION,
  },
  {
    name: "search_embedded_seed_loaded",
    table: SYNC_TABLE,
    column: "resumable",
    when: `OLD."resumable" AND NOT NEW."resumable" AND NEW."status" = 'processing'`,
    fn: LOADED_FUNCTION,
  },
]

/** The migration's statements: the set-aside table, the finishing function and the trigger function. */
export function deferredBuildSql(): string[] {
  return [
    `CREATE TABLE IF NOT EXISTS "${DEFERRED_TABLE}" ("table_name" text PRIMARY KEY, "statements" text[] NOT NULL)`,
    // FOR UPDATE: a second caller waits for the first and then finds nothing left to run.
    `CREATE OR REPLACE FUNCTION ${FINISH_FUNCTION}(target text) RETURNS boolean LANGUAGE plpgsql AS $$
      DECLARE list text[]; s text;
      BEGIN
        SELECT "statements" INTO list FROM "${DEFERRED_TABLE}" WHERE "table_name" = target FOR UPDATE;
        IF list IS NULL THEN RETURN false; END IF;
        FOREACH s IN ARRAY list LOOP EXECUTE s; END LOOP;
        DELETE FROM "${DEFERRED_TABLE}" WHERE "table_name" = target;
        RETURN true;
      END $$;`,
    `CREATE OR REPLACE FUNCTION ${READY_FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM ${FINISH_FUNCTION}(c."table_name") FROM "${CATALOG_TABLE}" c WHERE c."name" = NEW."physical_name";
        RETURN NULL;
      END $$;`,
  ]
}

/** The bulk pass of a seed ended: build its version (`search_index_sync` → `search_index_version` → the catalogue). */
export function seedLoadedSql(): string {
  return `CREATE OR REPLACE FUNCTION ${LOADED_FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM ${FINISH_FUNCTION}(c."table_name") FROM ${VERSION_TABLE} v JOIN "${CATALOG_TABLE}" c ON c."name" = v."physical_name"
      WHERE v."id" = NEW."search_index_version_id";
      RETURN NULL;
    END $$;`
}

export function dropDeferredBuildSql(): string[] {
  return [
    ...TRIGGERS.map(
      ({ name, table }) => `DO $$ BEGIN
        IF to_regclass('${table}') IS NOT NULL THEN DROP TRIGGER IF EXISTS ${name} ON ${table}; END IF;
      END $$;`,
    ),
    `DROP FUNCTION IF EXISTS ${LOADED_FUNCTION}()`,
    `DROP FUNCTION IF EXISTS ${READY_FUNCTION}()`,
    `DROP FUNCTION IF EXISTS ${FINISH_FUNCTION}(text)`,
    `DROP TABLE IF EXISTS "${DEFERRED_TABLE}"`,
  ]
}

/**
 * Whether `table`'s secondary build waits for its version to be loaded: the table is about to be
 * created (or is still waiting), and the Search Module's tables exist, with the triggers that
 * finish the build attached (attached here, once).
 */
export async function defersBuild(manager: DbManager, table: string): Promise<boolean> {
  const [state] = await manager.execute(
    `SELECT to_regclass(?) IS NOT NULL AND to_regclass(?) IS NOT NULL AS module, to_regclass(?) IS NULL AS fresh,
       EXISTS (SELECT 1 FROM "${DEFERRED_TABLE}" WHERE "table_name" = ?) AS waiting,
       (SELECT count(*) FROM pg_trigger WHERE tgname IN (${TRIGGERS.map(() => "?").join(", ")}))::int AS attached`,
    [VERSION_TABLE, SYNC_TABLE, `"${table}"`, table, ...TRIGGERS.map((trigger) => trigger.name)],
  )
  if (!state.module || !(state.fresh || state.waiting)) {
    return false
  }
  if (state.attached < TRIGGERS.length) {
    for (const { name, table: on, column, when, fn } of TRIGGERS) {
      await manager.execute(
        `CREATE OR REPLACE TRIGGER ${name} AFTER UPDATE OF "${column}" ON ${on} FOR EACH ROW WHEN (${when}) EXECUTE FUNCTION ${fn}()`,
      )
    }
  }
  return true
}

/** Sets `statements` aside for `table` (replacing what was set aside), or with `append` after them. */
export async function deferBuild(manager: DbManager, table: string, statements: string[], append = false): Promise<void> {
  await manager.execute(
    `INSERT INTO "${DEFERRED_TABLE}" ("table_name", "statements") VALUES (?, ARRAY(SELECT jsonb_array_elements_text(?::jsonb)))
     ON CONFLICT ("table_name") DO UPDATE SET "statements" = ${append ? `"${DEFERRED_TABLE}"."statements" || ` : ""}EXCLUDED."statements"`,
    [table, JSON.stringify(statements)],
  )
}

/** Whether `table` has statements set aside. */
export async function buildDeferred(manager: DbManager, table: string): Promise<boolean> {
  const [row] = await manager.execute(`SELECT EXISTS (SELECT 1 FROM "${DEFERRED_TABLE}" WHERE "table_name" = ?) AS waiting`, [table])
  return Boolean(row.waiting)
}

/** Runs what is set aside for `table`, if anything (a version read before the module marked it ready). */
export async function finishBuild(manager: DbManager, table: string): Promise<boolean> {
  const [row] = await manager.execute(`SELECT ${FINISH_FUNCTION}(?) AS finished`, [table])
  return Boolean(row.finished)
}

/** A dropped table's set-aside statements go with it. */
export async function forgetBuild(manager: DbManager, table: string): Promise<void> {
  await manager.execute(`DELETE FROM "${DEFERRED_TABLE}" WHERE "table_name" = ?`, [table])
}
