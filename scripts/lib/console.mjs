// Small terminal helpers shared by the dev scripts: coloured steps and Medusa's JSON log lines
// turned back into readable ones.
const tty = process.stdout.isTTY
const paint = (code) => (text) => (tty ? `\x1b[${code}m${text}\x1b[0m` : String(text))
export const bold = paint(1)
export const dim = paint(2)
export const red = paint(31)
export const green = paint(32)
export const yellow = paint(33)
export const cyan = paint(36)

export function step(text) {
  console.log(`${cyan("›")} ${text}`)
}

export function fail(text) {
  console.error(`\n${red("✗")} ${text}\n`)
}

const LEVEL_COLOUR = { error: red, warn: yellow, info: green, http: dim, debug: dim }

/** Medusa logs JSON lines outside development; print them as `time level message`. */
export function prettyLogLine(line) {
  if (!line.startsWith("{")) return line
  try {
    const entry = JSON.parse(line)
    if (typeof entry.message !== "string") return line
    const time = String(entry.timestamp ?? "").slice(11, 19)
    const colour = LEVEL_COLOUR[entry.level] ?? ((text) => text)
    const extra = entry.stack ? `\n${entry.stack}` : ""
    return `${dim(time)} ${colour(String(entry.level).padEnd(5))} ${entry.message}${extra}`
  } catch {
    return line
  }
}

/** Pipes a child's output through `prettyLogLine`, line by line. */
export function pipeLines(stream, write) {
  let buffer = ""
  stream.setEncoding("utf8")
  stream.on("data", (chunk) => {
    buffer += chunk
    const lines = buffer.split("\n")
    buffer = lines.pop()
    for (const line of lines) write(prettyLogLine(line))
  })
  stream.on("end", () => buffer && write(prettyLogLine(buffer)))
}
