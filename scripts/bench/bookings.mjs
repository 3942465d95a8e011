#!/usr/bin/env node
// `npm run bench:bookings`: the availability of one studio over 60 days with 10,000 bookings in
// the database (p50/p95 of the one busy-time query plus the slot engine, as the availability
// route runs them), and two races on the database's own defences: 100 concurrent buyers for one
// studio hour and 200 for a 20-seat session (bookings made, double bookings, p95 per attempt).
// Runs on its own embedded PostgreSQL (.data/bench-postgres, BENCH_PG_PORT) with the bookings
// plugin's migration and compiled engine: build first (`npx turbo run build --filter=@creative-market/bookings`).
import path from "node:path"
import { pathToFileURL } from "node:url"
import pg from "pg"
import { bold, fail, step } from "../lib/console.mjs"
import { ensureDatabase, startEmbeddedDb } from "../lib/embedded-db.mjs"
import { dataDir, root } from "../lib/paths.mjs"
import { percentile } from "./queries.mjs"

const BOOKINGS = Number(process.env.BENCH_BOOKINGS ?? 10_000)
const QUERIES = Number(process.env.BENCH_AVAILABILITY_QUERIES ?? 300)
const pluginBuild = path.join(root, "plugins", "bookings", ".medusa", "server", "src")
const load = (file) => import(pathToFileURL(path.join(pluginBuild, file)).href)

const DAY = 86_400_000
const HOUR = 3_600_000
const weekdays = [1, 2, 3, 4, 5, 6].map((day) => ({ day, opens: "09:00", closes: "21:00" }))

/** The plugin migration's statements, collected without MikroORM (its up() only calls addSql). */
async function migrationSql() {
  const { readdirSync } = await import("node:fs")
  const dir = path.join(pluginBuild, "modules", "booking", "migrations")
  const statements = []
  for (const file of readdirSync(dir)
    .filter((f) => /^Migration\d+\.js$/.test(f))
    .sort()) {
    const module = await import(pathToFileURL(path.join(dir, file)).href)
    const Migration = Object.values(module)[0]
    const migration = Object.create(Migration.prototype)
    migration.addSql = (sql) => statements.push(sql)
    await migration.up()
  }
  return statements
}

const db = await startEmbeddedDb({
  dir: path.join(dataDir, "bench-postgres"),
  port: Number(process.env.BENCH_PG_PORT ?? 54331),
  fast: true,
})
const pool = new pg.Pool({ connectionString: db.url("bench_bookings"), max: 4 })
try {
  const { gridSlots } = await load("lib/slots.js")
  await ensureDatabase(db.url("postgres"), "bench_bookings")
  step("Fresh booking tables from the plugin's migration")
  await pool.query(
    "DROP TABLE IF EXISTS booking, booking_session, bookable_variant, bookable_resource_exception, bookable_resource CASCADE",
  )
  for (const sql of await migrationSql()) await pool.query(sql)

  const resources = Array.from({ length: 25 }, (_, i) => `bkres_bench_${i}`)
  for (const id of resources) {
    await pool.query(
      `INSERT INTO bookable_resource (id, creator_id, name, capacity, buffer_after_minutes, min_notice_minutes, window_days, opening_hours)
       VALUES ($1, 'cr_bench', $1, 1, 15, 0, 90, $2)`,
      [id, JSON.stringify(weekdays)],
    )
  }
  await pool.query(
    `INSERT INTO bookable_variant (id, variant_id, product_id, creator_id, mode, duration_minutes, grid_minutes, resource_id)
     SELECT 'bkvar_' || r, 'variant_' || r, 'prod_bench', 'cr_bench', 'slot', 60, 30, r FROM unnest($1::text[]) r`,
    [resources],
  )

  step(`${BOOKINGS.toLocaleString("en")} bookings over 60 days on ${resources.length} studios`)
  const start = Date.UTC(2031, 0, 6, 5) // a Monday, 09:00 in Baku
  const rows = []
  for (let i = 0; rows.length < BOOKINGS; i++) {
    const resource = resources[i % resources.length]
    const slot = Math.floor(i / resources.length) // one 45-minute booking (+15 min buffer) per hour, 12 a day
    const day = Math.floor(slot / 12)
    if (day >= 60) break
    const from = start + day * DAY + (slot % 12) * HOUR
    rows.push([`bkg_bench_${i}`, resource, from, from + 45 * 60_000])
  }
  for (let i = 0; i < rows.length; i += 1000) {
    const chunk = rows.slice(i, i + 1000)
    await pool.query(
      `INSERT INTO booking (id, uid, status, creator_id, resource_id, offering_id, variant_id, product_id, starts_at, ends_at,
         occupied_from, occupied_until, exclusive, order_id)
       SELECT b.id, b.id || '@bench', 'confirmed', 'cr_bench', b.r, 'bkvar_' || b.r, 'variant_' || b.r, 'prod_bench',
         to_timestamp(b.f / 1000.0), to_timestamp(b.u / 1000.0), to_timestamp(b.f / 1000.0), to_timestamp(b.u / 1000.0 + 900), true, 'order_bench'
       FROM unnest($1::text[], $2::text[], $3::float8[], $4::float8[]) AS b(id, r, f, u)`,
      [chunk.map((r) => r[0]), chunk.map((r) => r[1]), chunk.map((r) => r[2]), chunk.map((r) => r[3])],
    )
  }
  await pool.query("ANALYZE booking")
  const { rows: counted } = await pool.query(
    "SELECT count(*)::int AS n, count(*) FILTER (WHERE resource_id = $1)::int AS mine FROM booking",
    [resources[0]],
  )

  step(`Availability of one studio over 60 days, ${QUERIES} times`)
  const { rows: resourceRows } = await pool.query("SELECT * FROM bookable_resource WHERE id = $1", [resources[0]])
  const resource = resourceRows[0]
  const schedule = { ...resource, exceptions: [] }
  const timings = []
  let slotCount = 0
  for (let q = 0; q < QUERIES; q++) {
    const from = start - DAY + (q % 5) * HOUR
    const to = from + 60 * DAY
    const began = performance.now()
    const { rows: busy } = await pool.query(
      `SELECT b.resource_id, b.session_id, b.occupied_from, b.occupied_until FROM booking b
       WHERE b.resource_id IN ($1) AND b.deleted_at IS NULL
         AND (b.status = 'confirmed' OR (b.status = 'held' AND b.expires_at > now() - interval '120 seconds'))
         AND b.occupied_from < $2 AND b.occupied_until > $3`,
      [resource.id, new Date(to + DAY), new Date(from - DAY)],
    )
    const slots = gridSlots(
      schedule,
      { duration_minutes: 60, grid_minutes: 30 },
      busy.map((b) => ({ from: +b.occupied_from, until: +b.occupied_until })),
      from,
      to,
      start - 2 * DAY,
    )
    timings.push(performance.now() - began)
    slotCount = slots.length
  }

  step("Races on the database's defences")
  const studioRace = await race(100, async (client, i) => {
    await client.query(
      `INSERT INTO booking (id, uid, status, creator_id, resource_id, offering_id, variant_id, product_id, starts_at, ends_at,
         occupied_from, occupied_until, exclusive, expires_at)
       VALUES ($1, $1, 'held', 'cr_bench', $2, 'bkvar_' || $2, 'variant_' || $2, 'prod_bench', $3, $4, $3, $5, true, now() + interval '15 minutes')`,
      [
        `bkg_race_${i}`,
        resources[1],
        new Date(start + 70 * DAY),
        new Date(start + 70 * DAY + HOUR),
        new Date(start + 70 * DAY + HOUR + 900_000),
      ],
    )
  })
  await pool.query(
    `INSERT INTO booking_session (id, offering_id, starts_at, ends_at, capacity) VALUES ('bkses_race', 'bkvar_' || $1, $2, $3, 20)`,
    [resources[2], new Date(start + 71 * DAY), new Date(start + 71 * DAY + 2 * HOUR)],
  )
  const seatRace = await race(200, async (client, i) => {
    // what the service does: lock the session, take the lowest free seat, insert
    await client.query("BEGIN")
    try {
      await client.query("SELECT capacity FROM booking_session WHERE id = 'bkses_race' FOR UPDATE")
      const { rows: taken } = await client.query(
        "SELECT seat_no FROM booking WHERE session_id = 'bkses_race' AND status IN ('held', 'confirmed')",
      )
      const used = new Set(taken.map((r) => r.seat_no))
      const seat = Array.from({ length: 20 }, (_, k) => k + 1).find((k) => !used.has(k))
      if (!seat) throw Object.assign(new Error("full"), { code: "full" })
      await client.query(
        `INSERT INTO booking (id, uid, status, creator_id, resource_id, offering_id, variant_id, product_id, session_id, starts_at, ends_at,
           occupied_from, occupied_until, seat_no, seat_capacity, expires_at)
         VALUES ($1, $1, 'held', 'cr_bench', $2, 'bkvar_' || $2, 'variant_' || $2, 'prod_bench', 'bkses_race', $3, $4, $3, $4, $5, 20,
           now() + interval '15 minutes')`,
        [`bkg_seat_${i}`, resources[2], new Date(start + 71 * DAY), new Date(start + 71 * DAY + 2 * HOUR), seat],
      )
      await client.query("COMMIT")
    } catch (error) {
      await client.query("ROLLBACK")
      throw error
    }
  })
  const { rows: overlaps } = await pool.query(
    `SELECT count(*)::int AS n FROM booking a JOIN booking b ON a.resource_id = b.resource_id AND a.id < b.id AND a.exclusive AND b.exclusive
       AND a.status IN ('held','confirmed') AND b.status IN ('held','confirmed')
       AND tstzrange(a.occupied_from, a.occupied_until) && tstzrange(b.occupied_from, b.occupied_until)`,
  )
  const { rows: seats } = await pool.query(
    "SELECT count(*)::int AS n, count(DISTINCT seat_no)::int AS distinct_seats FROM booking WHERE session_id = 'bkses_race'",
  )

  console.log("")
  console.log(bold("Bookings benchmark"))
  console.log(`  bookings in the database       ${counted[0].n.toLocaleString("en")} (${counted[0].mine} on the measured studio)`)
  console.log(
    `  availability, 60 days, 1 studio p50 ${percentile(timings, 50).toFixed(2)} ms · p95 ${percentile(timings, 95).toFixed(2)} ms (${slotCount} free slots; goal p95 ≤ 20 ms; query + engine, no HTTP)`,
  )
  console.log(
    `  race, 100 buyers / 1 studio hour   ${studioRace.ok} booked, ${studioRace.refused} refused, ${studioRace.other} other errors · p95 ${studioRace.p95.toFixed(1)} ms`,
  )
  console.log(
    `  race, 200 buyers / 20 seats (100 connections) ${seatRace.ok} booked (${seats[0].distinct_seats} distinct seats), ${seatRace.refused} refused, ${seatRace.other} other errors · p95 ${seatRace.p95.toFixed(1)} ms`,
  )
  console.log(`  double bookings                    ${overlaps[0].n}`)
} catch (error) {
  fail(error.stack ?? String(error))
  process.exitCode = 1
} finally {
  await pool.end()
  await db.stop()
}

/**
 * `buyers` attempts at once over `connections` connections (PostgreSQL allows 200 in all);
 * counts bookings made and refusals by the database's constraints or the seat count.
 */
async function race(buyers, attempt, connections = Math.min(buyers, 100)) {
  const clients = []
  for (let i = 0; i < connections; i++) {
    const client = new pg.Client({ connectionString: db.url("bench_bookings") })
    await client.connect()
    clients.push(client)
  }
  const times = []
  const counts = { ok: 0, refused: 0, other: 0 }
  await Promise.all(
    clients.map(async (client, c) => {
      for (let i = c; i < buyers; i += connections) {
        const began = performance.now()
        try {
          await attempt(client, i)
          counts.ok++
        } catch (error) {
          if (["23P01", "23505", "full"].includes(error.code)) counts.refused++
          else counts.other++
        }
        times.push(performance.now() - began)
      }
    }),
  )
  await Promise.all(clients.map((client) => client.end()))
  return { ...counts, p95: percentile(times, 95) }
}
