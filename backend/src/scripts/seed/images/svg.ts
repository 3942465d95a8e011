import type { Random } from "@creative-market/random"

/** Side of every generated image, in pixels. */
export const SIZE = 800
export const C = SIZE / 2

export type Pattern = (random: Random) => string

export const rect = (x: number, y: number, w: number, h: number, fill: string, extra = "") =>
  `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${w.toFixed(1)}" height="${h.toFixed(1)}" fill="${fill}" ${extra}/>`

export const circle = (cx: number, cy: number, r: number, fill: string, extra = "") =>
  `<circle cx="${cx.toFixed(1)}" cy="${cy.toFixed(1)}" r="${r.toFixed(1)}" fill="${fill}" ${extra}/>`

export const polygon = (points: [number, number][], fill: string, extra = "") =>
  `<polygon points="${points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(" ")}" fill="${fill}" ${extra}/>`

/** A star with `points` tips around (cx, cy), alternating outer and inner radius. */
export function star(cx: number, cy: number, outer: number, inner: number, points: number, rotation = 0): [number, number][] {
  return Array.from({ length: points * 2 }, (_, i) => {
    const radius = i % 2 === 0 ? outer : inner
    const angle = rotation + (Math.PI * i) / points
    return [cx + radius * Math.sin(angle), cy - radius * Math.cos(angle)] as [number, number]
  })
}

/** A buta (the Azerbaijani paisley): a teardrop whose tip curls, centred on (x, y). */
export function buta(x: number, y: number, scale: number, rotation: number, fill: string, extra = "") {
  const d = "M0,40 C-34,40 -38,-4 -14,-22 C2,-34 20,-40 22,-58 C34,-34 30,-6 22,10 C14,28 10,40 0,40 Z"
  return `<path d="${d}" fill="${fill}" transform="translate(${x.toFixed(1)},${y.toFixed(1)}) rotate(${rotation.toFixed(1)}) scale(${scale.toFixed(2)})" ${extra}/>`
}

/** Wraps a body into an SVG document of SIZE × SIZE. */
export function document(body: string, defs = "") {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}"><defs>${defs}</defs>${body}</svg>`
}

/** Rotates `count` copies of `shape` around the centre: the radial symmetry of medallions and plates. */
export function around(count: number, shape: (angle: number) => string) {
  return Array.from({ length: count }, (_, i) => shape((360 * i) / count)).join("")
}
