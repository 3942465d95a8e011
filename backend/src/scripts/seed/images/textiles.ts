import { around, buta, C, circle, document, type Pattern, polygon, rect, SIZE, star } from "./svg"

const CARPET_PALETTES = [
  { field: "#8e1b1b", border: "#1f2a5c", accent: "#e8d9b5", detail: "#c58b2a", dark: "#2b1a12" },
  { field: "#1f2a5c", border: "#8e1b1b", accent: "#efe3c6", detail: "#3f7f5f", dark: "#14162b" },
  { field: "#efe3c6", border: "#7a2e22", accent: "#1f3b6b", detail: "#b5462f", dark: "#3a2416" },
  { field: "#5b2333", border: "#c58b2a", accent: "#f1e6cf", detail: "#2f5d62", dark: "#24121a" },
]

/** A carpet seen from above: layered borders, a field of small diamonds and stepped medallions. */
export const carpet: Pattern = (random) => {
  const p = random.pick(CARPET_PALETTES)
  const parts = [rect(0, 0, SIZE, SIZE, p.dark)]
  const bands = [p.border, p.accent, p.detail, p.border]
  bands.forEach((colour, i) => parts.push(rect(20 + i * 22, 20 + i * 22, SIZE - 40 - i * 44, SIZE - 40 - i * 44, colour)))
  // running triangles along the main border
  for (let x = 50; x < SIZE - 50; x += 30) {
    parts.push(
      polygon(
        [
          [x, 42],
          [x + 15, 62],
          [x + 30, 42],
        ],
        p.accent,
      ),
      polygon(
        [
          [x, SIZE - 42],
          [x + 15, SIZE - 62],
          [x + 30, SIZE - 42],
        ],
        p.accent,
      ),
    )
    parts.push(
      polygon(
        [
          [42, x],
          [62, x + 15],
          [42, x + 30],
        ],
        p.accent,
      ),
      polygon(
        [
          [SIZE - 42, x],
          [SIZE - 62, x + 15],
          [SIZE - 42, x + 30],
        ],
        p.accent,
      ),
    )
  }
  parts.push(rect(130, 130, SIZE - 260, SIZE - 260, p.field))
  const step = random.pick([40, 48, 56])
  for (let x = 150; x < SIZE - 150; x += step) {
    for (let y = 150; y < SIZE - 150; y += step) {
      const s = step / 5
      parts.push(
        polygon(
          [
            [x + step / 2, y + step / 2 - s],
            [x + step / 2 + s, y + step / 2],
            [x + step / 2, y + step / 2 + s],
            [x + step / 2 - s, y + step / 2],
          ],
          p.detail,
          'opacity="0.7"',
        ),
      )
    }
  }
  const medallions = random.pick([[C], [C - 150, C + 150], [C - 170, C, C + 170]])
  const points = random.pick([8, 12, 16])
  for (const y of medallions) {
    const r = medallions.length === 1 ? 190 : 110
    parts.push(polygon(star(C, y, r, r * 0.72, points), p.border))
    parts.push(polygon(star(C, y, r * 0.78, r * 0.56, points, Math.PI / points), p.accent))
    parts.push(polygon(star(C, y, r * 0.5, r * 0.34, points / 2), p.field))
    parts.push(circle(C, y, r * 0.16, p.detail))
  }
  return document(parts.join(""))
}

const SILK = [
  { ground: "#a3122a", print: "#f4d38b", deep: "#4a0612" },
  { ground: "#d9a441", print: "#5a2a0e", deep: "#7a4b12" },
  { ground: "#141414", print: "#d98c5f", deep: "#6b2d2d" },
  { ground: "#f3eee4", print: "#c9a44c", deep: "#8c6d2a" },
  { ground: "#0f6b52", print: "#f2d6a2", deep: "#06392b" },
]

/** A kelaghayi silk square: soft waves over the ground, buta in the corners and a printed border. */
export const kelagayi: Pattern = (random) => {
  const p = random.pick(SILK)
  const defs = `<radialGradient id="sheen"><stop offset="0" stop-color="#ffffff" stop-opacity="0.18"/><stop offset="1" stop-color="#ffffff" stop-opacity="0"/></radialGradient>`
  const parts = [rect(0, 0, SIZE, SIZE, p.ground)]
  const amplitude = random.int(8, 18)
  const period = random.int(60, 110)
  for (let y = 120; y < SIZE - 100; y += 26) {
    let d = `M 100 ${y}`
    for (let x = 100; x <= SIZE - 100; x += 10) d += ` L ${x} ${(y + amplitude * Math.sin(((x + y) / period) * Math.PI)).toFixed(1)}`
    parts.push(`<path d="${d}" stroke="${p.deep}" stroke-width="3" fill="none" opacity="0.55"/>`)
  }
  parts.push(rect(40, 40, SIZE - 80, SIZE - 80, "none", `stroke="${p.print}" stroke-width="10"`))
  for (let i = 80; i < SIZE - 60; i += 48) {
    parts.push(buta(i, 62, 0.32, 90, p.print), buta(i, SIZE - 62, 0.32, -90, p.print))
  }
  const corners: [number, number, number][] = [
    [150, 150, 135],
    [SIZE - 150, 150, 225],
    [150, SIZE - 150, 45],
    [SIZE - 150, SIZE - 150, -45],
  ]
  for (const [x, y, r] of corners) parts.push(buta(x, y, 1.5, r, p.print), buta(x, y, 0.8, r, p.deep))
  const ring = (count: number, radius: number, scale: number) =>
    around(count, (a) => buta(C + radius * Math.sin((a * Math.PI) / 180), C - radius * Math.cos((a * Math.PI) / 180), scale, a, p.print))
  parts.push(ring(random.pick([6, 8]), 60, 0.9), ring(12, 150, 0.6))
  parts.push(circle(C, C, 36, p.deep), circle(C, C, SIZE / 2, "url(#sheen)"))
  return document(parts.join(""), defs)
}
