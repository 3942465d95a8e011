import { around, buta, C, circle, document, type Pattern, polygon, rect, SIZE, star } from "./svg"

const GLAZES = [
  { ground: "#efe6d6", glaze: ["#0e5f7a", "#1f8fa5", "#7cc6c9"], rim: "#0b3b5a" },
  { ground: "#e9dfcf", glaze: ["#7d1f1a", "#b5462f", "#e3a06b"], rim: "#3d0f0c" },
  { ground: "#dfe5df", glaze: ["#2f5d3a", "#6c9a5b", "#d6c98e"], rim: "#1d3322" },
]

/** A plate seen from above: a glaze gradient, petals turning around the centre, a dark rim. */
export const ceramics: Pattern = (random) => {
  const p = random.pick(GLAZES)
  const defs = `<radialGradient id="glaze"><stop offset="0" stop-color="${p.glaze[2]}"/><stop offset="0.6" stop-color="${p.glaze[1]}"/><stop offset="1" stop-color="${p.glaze[0]}"/></radialGradient>`
  const petals = random.pick([8, 10, 12, 16])
  const parts = [
    rect(0, 0, SIZE, SIZE, p.ground),
    circle(C + 14, C + 18, 340, "#000", 'opacity="0.12"'),
    circle(C, C, 340, p.rim),
    circle(C, C, 322, "url(#glaze)"),
    around(
      petals,
      (a) => `<ellipse cx="${C}" cy="${C - 200}" rx="34" ry="92" fill="${p.glaze[0]}" opacity="0.75" transform="rotate(${a} ${C} ${C})"/>`,
    ),
    around(
      petals,
      (a) =>
        `<ellipse cx="${C}" cy="${C - 120}" rx="18" ry="44" fill="${p.ground}" opacity="0.85" transform="rotate(${a + 180 / petals} ${C} ${C})"/>`,
    ),
    circle(C, C, 70, p.rim),
    polygon(star(C, C, 60, 28, random.pick([6, 8])), p.glaze[2]),
  ]
  return document(parts.join(""), defs)
}

/** Hammered copper: a warm gradient, hundreds of small hammer marks and a chased ring of buta. */
export const copper: Pattern = (random) => {
  const defs = `<radialGradient id="cu" cx="0.4" cy="0.35"><stop offset="0" stop-color="#f6c08a"/><stop offset="0.45" stop-color="#c8733d"/><stop offset="1" stop-color="#6e3216"/></radialGradient>`
  const parts = [rect(0, 0, SIZE, SIZE, "#2a1a12"), circle(C, C, 360, "url(#cu)")]
  for (let i = 0; i < 420; i++) {
    const angle = random.next() * Math.PI * 2
    const radius = Math.sqrt(random.next()) * 340
    const light = random.next() > 0.5
    parts.push(
      circle(
        C + radius * Math.cos(angle),
        C + radius * Math.sin(angle),
        random.int(5, 12),
        light ? "#ffe0b8" : "#5a2710",
        `opacity="${light ? 0.22 : 0.18}"`,
      ),
    )
  }
  const count = random.pick([10, 12, 14])
  parts.push(circle(C, C, 250, "none", 'stroke="#4a200c" stroke-width="4" opacity="0.7"'))
  parts.push(
    around(count, (a) =>
      buta(
        C + 205 * Math.sin((a * Math.PI) / 180),
        C - 205 * Math.cos((a * Math.PI) / 180),
        0.55,
        a + 90,
        "none",
        'stroke="#3d1a0a" stroke-width="5" opacity="0.75"',
      ),
    ),
  )
  parts.push(circle(C, C, 160, "none", 'stroke="#4a200c" stroke-width="4" opacity="0.7"'))
  parts.push(polygon(star(C, C, 110, 60, count / 2), "none", 'stroke="#3d1a0a" stroke-width="5" opacity="0.7"'))
  parts.push(circle(C, C, 360, "none", 'stroke="#f7d3a6" stroke-width="6" opacity="0.5"'))
  return document(parts.join(""), defs)
}
