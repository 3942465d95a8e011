import { around, buta, C, circle, document, type Pattern, rect, SIZE } from "./svg"

const LABELS = ["#e63946", "#f4a261", "#2a9d8f", "#e9c46a", "#8338ec", "#ff006e"]

/** A record half out of its sleeve: grooves, a coloured label and a printed sleeve. */
export const vinyl: Pattern = (random) => {
  const label = random.pick(LABELS)
  const sleeve = random.pick(["#1d3557", "#264653", "#3d405b", "#6d597a"])
  const cx = C + 90
  const parts = [rect(0, 0, SIZE, SIZE, "#f1ede6"), rect(70, 130, 540, 540, sleeve)]
  parts.push(
    around(6, (a) =>
      buta(340 + 140 * Math.sin((a * Math.PI) / 180), 400 - 140 * Math.cos((a * Math.PI) / 180), 0.7, a, label, 'opacity="0.5"'),
    ),
  )
  parts.push(circle(cx, C, 290, "#111"))
  for (let r = 120; r < 285; r += random.int(4, 7)) parts.push(circle(cx, C, r, "none", 'stroke="#2a2a2a" stroke-width="1.5"'))
  parts.push(
    `<path d="M ${cx - 200} ${C - 200} A 283 283 0 0 1 ${cx + 200} ${C - 200}" stroke="#ffffff" stroke-width="10" fill="none" opacity="0.08"/>`,
  )
  parts.push(
    circle(cx, C, 100, label),
    circle(cx, C, 60, "none", 'stroke="#ffffff" stroke-width="3" opacity="0.6"'),
    circle(cx, C, 10, "#f1ede6"),
  )
  return document(parts.join(""))
}

/** A waveform of mirrored bars: the look of a digital recording. */
export const waveform: Pattern = (random) => {
  const defs = `<linearGradient id="wave" x1="0" x2="1"><stop offset="0" stop-color="${random.pick(LABELS)}"/><stop offset="1" stop-color="${random.pick(LABELS)}"/></linearGradient>`
  const parts = [rect(0, 0, SIZE, SIZE, random.pick(["#0b132b", "#1b1b2f", "#10002b"]))]
  const phase = random.next() * 10
  for (let x = 40; x < SIZE - 40; x += 12) {
    const envelope = Math.sin(((x - 40) / (SIZE - 80)) * Math.PI)
    const h =
      20 + 280 * envelope * Math.abs(Math.sin(x / 37 + phase) * 0.6 + Math.sin(x / 11 + phase * 2) * 0.4) * (0.6 + random.next() * 0.4)
    parts.push(rect(x, C - h, 8, h * 2, "url(#wave)", 'rx="4"'))
  }
  parts.push(rect(0, C - 1, SIZE, 2, "#ffffff", 'opacity="0.3"'))
  return document(parts.join(""), defs)
}

/** A 4 × 4 pad grid, some pads lit: a sample pack. */
export const samplePads: Pattern = (random) => {
  const lit = random.pick(LABELS)
  const parts = [rect(0, 0, SIZE, SIZE, "#15151c"), rect(60, 60, SIZE - 120, SIZE - 120, "#22222c", 'rx="28"')]
  for (let row = 0; row < 4; row++) {
    for (let col = 0; col < 4; col++) {
      const on = random.next() > 0.55
      parts.push(
        rect(110 + col * 150, 110 + row * 150, 125, 125, on ? lit : "#34343f", `rx="14" opacity="${on ? 0.5 + random.next() * 0.5 : 1}"`),
      )
    }
  }
  return document(parts.join(""))
}
