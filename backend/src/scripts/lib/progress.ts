/** A one-line progress report: count, percentage, rate and ETA; redrawn in place on a terminal. */
export function createProgress(label: string, total: number, stream: NodeJS.WriteStream = process.stdout) {
  const started = Date.now()
  let done = 0
  let lastLine = 0
  const width = 24
  const line = () => {
    const seconds = (Date.now() - started) / 1000
    const rate = seconds > 0 ? done / seconds : 0
    const eta = rate > 0 ? Math.max(0, total - done) / rate : 0
    const filled = Math.min(width, Math.round((done / Math.max(total, 1)) * width))
    const bar = "█".repeat(filled) + "░".repeat(width - filled)
    return `${label} ${bar} ${done.toLocaleString("en")}/${total.toLocaleString("en")} ${((done / Math.max(total, 1)) * 100).toFixed(0)}% · ${rate.toFixed(0)}/s · ETA ${eta.toFixed(0)} s`
  }
  return {
    add(count: number) {
      done += count
      if (stream.isTTY) stream.write(`\r${line()}`)
      else if (Date.now() - lastLine > 5000 || done >= total) {
        lastLine = Date.now()
        stream.write(`${line()}\n`)
      }
    },
    finish() {
      if (stream.isTTY) stream.write(`\r${line()}\n`)
      const seconds = (Date.now() - started) / 1000
      return { seconds, done, rate: seconds > 0 ? done / seconds : 0 }
    },
  }
}
