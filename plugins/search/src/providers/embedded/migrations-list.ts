import type { DbManager } from "./vocabulary"
import { Migration20260807120000 } from "./migrations/Migration20260807120000"
import { Migration20261126090000 } from "./migrations/Migration20261126090000"
import { Migration20261201090000 } from "./migrations/Migration20261201090000"
import { Migration20261206090000 } from "./migrations/Migration20261206090000"
import { Migration20261207090000 } from "./migrations/Migration20261207090000"
import { Migration20261207100000 } from "./migrations/Migration20261207100000"
import { Migration20261207110000 } from "./migrations/Migration20261207110000"
import { Migration20261207120000 } from "./migrations/Migration20261207120000"
import { Migration20261207130000 } from "./migrations/Migration20261207130000"

/**
 * The provider's migrations in order. `medusa db:migrate` finds them by itself
 * (it runs `<provider>/migrations/*` for every provider listed in the Search
 * Module's options); this list is for tests and benchmarks that prepare a bare
 * database without booting Medusa.
 */
export const embeddedMigrations = [
  Migration20260807120000,
  Migration20261126090000,
  Migration20261201090000,
  Migration20261206090000,
  Migration20261207090000,
  Migration20261207100000,
  Migration20261207110000,
  Migration20261207120000,
  Migration20261207130000,
]

/** Runs the statements of every migration's `up()` on `manager`, as the migrator would. */
export async function runEmbeddedMigrations(manager: DbManager & { getDriver(): any; config: any }): Promise<void> {
  for (const Migration of embeddedMigrations) {
    const migration = new Migration(manager.getDriver(), manager.config)
    await migration.up()
    for (const sql of migration.getQueries()) {
      await manager.execute(String(sql))
    }
  }
}
