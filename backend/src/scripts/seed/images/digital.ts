import type { Random } from "@creative-market/random"
import { buta, C, circle, document, type Pattern, polygon, rect, SIZE, star } from "./svg"

const PIXEL_PALETTES = [
  ["#1a1c2c", "#5d275d", "#b13e53", "#ef7d57", "#ffcd75", "#a7f070"],
  ["#0f0f1b", "#565a75", "#c6b7be", "#fafbf6", "#e8a25f", "#6a3b2b"],
  ["#222034", "#45283c", "#8f563b", "#d9a066", "#5b6ee1", "#639bff"],
]

/** A left-right mirrored 8 × 8 sprite: each cell is on or off, coloured from the palette. */
function sprite(random: Random, palette: string[], x: number, y: number, cell: number) {
  const parts: string[] = []
  for (let row = 0; row < 8; row++) {
    for (let col = 0; col < 4; col++) {
      if (random.next() < 0.45) continue
      const colour = palette[random.int(2, palette.length - 1)]
      parts.push(rect(x + col * cell, y + row * cell, cell, cell, colour), rect(x + (7 - col) * cell, y + row * cell, cell, cell, colour))
    }
  }
  return parts.join("")
}

/** Pixel art: a checkered tile floor with a 3 × 3 sheet of mirrored sprites. */
export const pixelArt: Pattern = (random) => {
  const palette = random.pick(PIXEL_PALETTES)
  const parts = [rect(0, 0, SIZE, SIZE, palette[0])]
  for (let x = 0; x < SIZE; x += 50)
    for (let y = 0; y < SIZE; y += 50) if ((x + y) % 100 === 0) parts.push(rect(x, y, 50, 50, palette[1], 'opacity="0.5"'))
  for (let row = 0; row < 3; row++)
    for (let col = 0; col < 3; col++) parts.push(sprite(random, palette, 60 + col * 250, 60 + row * 250, 20))
  return document(parts.join(""))
}

/** One invented letter made of thick strokes: an arc, a stem, a bar or a dot above (like ə, ğ, ş). */
function glyph(random: Random, x: number, y: number, size: number, ink: string) {
  const stroke = `stroke="${ink}" stroke-width="${size / 9}" stroke-linecap="round" fill="none"`
  const s = size
  const parts = [
    `<path d="M ${x + s * 0.25} ${y + s * 0.2} L ${x + s * 0.25} ${y + s * 0.85}" ${stroke}/>`,
    `<path d="M ${x + s * 0.25} ${y + s * 0.55} A ${s * 0.25} ${s * 0.25} 0 1 0 ${x + s * 0.75} ${y + s * 0.55} A ${s * 0.25} ${s * 0.25} 0 1 0 ${x + s * 0.25} ${y + s * 0.55}" ${stroke}/>`,
    `<path d="M ${x + s * 0.2} ${y + s * 0.85} L ${x + s * 0.5} ${y + s * 0.2} L ${x + s * 0.8} ${y + s * 0.85}" ${stroke}/>`,
    `<path d="M ${x + s * 0.2} ${y + s * 0.5} L ${x + s * 0.8} ${y + s * 0.5}" ${stroke}/>`,
    `<path d="M ${x + s * 0.75} ${y + s * 0.3} Q ${x + s * 0.2} ${y + s * 0.2} ${x + s * 0.5} ${y + s * 0.5} Q ${x + s * 0.8} ${y + s * 0.8} ${x + s * 0.25} ${y + s * 0.8}" ${stroke}/>`,
  ]
  const chosen = [random.pick(parts), random.pick(parts)]
  if (random.next() > 0.6) chosen.push(circle(x + s * 0.5, y + s * 0.08, s / 14, ink))
  if (random.next() > 0.7) chosen.push(`<path d="M ${x + s * 0.4} ${y + s * 0.95} q ${s * 0.1} ${s * 0.1} 0 ${s * 0.12}" ${stroke}/>`)
  return chosen.join("")
}

/** A type specimen: a grid of invented glyphs on paper, one of them in the accent colour. */
export const glyphGrid: Pattern = (random) => {
  const paper = random.pick(["#f4f1ea", "#111111", "#e9f0f4"])
  const ink = paper === "#111111" ? "#f4f1ea" : "#111111"
  const accent = random.pick(["#e63946", "#2a9d8f", "#f4a261"])
  const parts = [rect(0, 0, SIZE, SIZE, paper)]
  const accented = random.int(0, 15)
  for (let i = 0; i < 16; i++) {
    const x = 70 + (i % 4) * 170
    const y = 70 + Math.floor(i / 4) * 170
    parts.push(rect(x - 10, y - 10, 160, 160, "none", `stroke="${ink}" stroke-opacity="0.15"`))
    parts.push(glyph(random, x + 10, y + 10, 120, i === accented ? accent : ink))
  }
  return document(parts.join(""))
}

/** An e-book cover: a coloured board, a medallion and bars standing for the title lines. */
export const bookCover: Pattern = (random) => {
  const board = random.pick(["#1d3557", "#7a2e22", "#2f5d62", "#3d405b"])
  const foil = random.pick(["#e9c46a", "#f1e6cf"])
  const parts = [rect(0, 0, SIZE, SIZE, "#e7e2d8"), rect(150, 60, 500, 680, "#000", 'opacity="0.15"'), rect(140, 50, 500, 680, board)]
  parts.push(rect(140, 50, 30, 680, "#000", 'opacity="0.2"'))
  parts.push(polygon(star(C + 15, 300, 140, 100, 8), "none", `stroke="${foil}" stroke-width="6"`))
  parts.push(buta(C + 15, 300, 1.2, random.int(0, 360), foil))
  parts.push(rect(230, 500, 340, 26, foil), rect(270, 545, 260, 18, foil, 'opacity="0.8"'), rect(320, 650, 160, 12, foil, 'opacity="0.7"'))
  return document(parts.join(""))
}
