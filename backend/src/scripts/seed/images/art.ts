import { circle, document, type Pattern, polygon, rect, SIZE } from "./svg"

const GOLD = "#c9a13b"

/** A miniature page: gold frame, lapis sky, a pavilion arch, cypresses and small figures. */
export const miniature: Pattern = (random) => {
  const sky = random.pick(["#1d3f8f", "#233a6b", "#2f6b8f"])
  const ground = random.pick(["#6f8f3a", "#b07a3a", "#d9c28a"])
  const parts = [rect(0, 0, SIZE, SIZE, "#efe2c2"), rect(60, 60, SIZE - 120, SIZE - 120, GOLD), rect(80, 80, SIZE - 160, SIZE - 160, sky)]
  parts.push(rect(80, 470, SIZE - 160, SIZE - 550, ground))
  for (let i = 0; i < 14; i++) parts.push(circle(random.int(100, 700), random.int(100, 280), random.int(2, 4), GOLD))
  // pavilion with an ogee arch
  parts.push(
    `<path d="M 300 560 L 300 330 Q 300 250 400 210 Q 500 250 500 330 L 500 560 Z" fill="#f4ecd8" stroke="${GOLD}" stroke-width="8"/>`,
  )
  parts.push(
    `<path d="M 340 560 L 340 350 Q 340 300 400 270 Q 460 300 460 350 L 460 560 Z" fill="${random.pick(["#8e1b1b", "#2f5d62", "#5b2333"])}"/>`,
  )
  for (const x of [160, 230, 570, 640]) {
    parts.push(`<ellipse cx="${x}" cy="${430 - random.int(0, 40)}" rx="22" ry="${random.int(90, 120)}" fill="#1f4d2b"/>`)
  }
  for (let i = 0; i < random.int(2, 4); i++) {
    const x = random.int(130, 670)
    const y = random.int(560, 640)
    parts.push(
      polygon(
        [
          [x - 20, y + 60],
          [x, y],
          [x + 20, y + 60],
        ],
        random.pick(["#c0392b", "#e67e22", "#8e44ad", "#16a085"]),
      ),
      circle(x, y - 8, 12, "#f1d2b0"),
    )
  }
  parts.push(
    rect(80, 80, SIZE - 160, 40, "#efe2c2", 'opacity="0.9"'),
    rect(160, 92, SIZE - 320, 6, GOLD),
    rect(220, 104, SIZE - 440, 6, GOLD),
  )
  return document(parts.join(""))
}

const POSTER = [
  { sky: "#f2c14e", sea: "#2a6f97", ink: "#1b263b", sun: "#f78154" },
  { sky: "#ffd6e0", sea: "#8338ec", ink: "#3a0ca3", sun: "#ff006e" },
  { sky: "#e9d8a6", sea: "#005f73", ink: "#9b2226", sun: "#ee9b00" },
]

/** A screen-printed poster: a big sun, a skyline of towers and halftone dots. */
export const print: Pattern = (random) => {
  const p = random.pick(POSTER)
  const parts = [rect(0, 0, SIZE, SIZE, p.sky), circle(random.int(220, 580), random.int(200, 320), random.int(110, 170), p.sun)]
  parts.push(rect(0, 560, SIZE, 240, p.sea))
  let x = 30
  while (x < SIZE - 60) {
    const w = random.int(50, 110)
    const h = random.int(120, 330)
    const kind = random.int(0, 2)
    if (kind === 0)
      parts.push(
        `<path d="M ${x} 560 L ${x} ${560 - h * 0.6} Q ${x + w / 2} ${560 - h * 1.2} ${x + w} ${560 - h * 0.6} L ${x + w} 560 Z" fill="${p.ink}"/>`,
      )
    else if (kind === 1) parts.push(rect(x, 560 - h, w, h, p.ink), rect(x + w / 2 - 4, 560 - h - 40, 8, 40, p.ink))
    else
      parts.push(
        `<path d="M ${x} 560 L ${x} ${560 - h + 40} A ${w / 2} ${w / 2} 0 0 1 ${x + w} ${560 - h + 40} L ${x + w} 560 Z" fill="${p.ink}"/>`,
      )
    x += w + random.int(6, 26)
  }
  for (let y = 590; y < SIZE; y += 22)
    for (let dx = (y / 22) % 2 ? 11 : 0; dx < SIZE; dx += 22) parts.push(circle(dx, y, 4, p.sky, 'opacity="0.35"'))
  parts.push(rect(0, 0, SIZE, SIZE, "none", `stroke="#fffaf0" stroke-width="40"`))
  return document(parts.join(""))
}
