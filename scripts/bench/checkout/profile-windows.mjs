// With BENCH_CPU_PROF (the backend's CPU profile, see bench-stack), each phase's span on the
// monotonic clock V8's profiles use lands in <dir>/windows.json, to cut that phase out of the profile.
import { mkdirSync, writeFileSync } from "node:fs"
import path from "node:path"

const windows = {}

export const profileMark = () => process.hrtime.bigint()

export function profileWindow(name, start) {
  if (!process.env.BENCH_CPU_PROF) return
  windows[name] = { start_us: Number(start / 1000n), end_us: Number(process.hrtime.bigint() / 1000n) }
  mkdirSync(process.env.BENCH_CPU_PROF, { recursive: true }) // V8 makes it only when the backend exits
  writeFileSync(path.join(process.env.BENCH_CPU_PROF, "windows.json"), JSON.stringify(windows, null, 1))
}
