import { around, C, circle, document, type Pattern, polygon, rect, SIZE } from "./svg"

/** A mixing desk: channel strips with knobs, faders at different heights and VU meters. */
export const mixer: Pattern = (random) => {
  const led = random.pick(["#2ec4b6", "#ff9f1c", "#e71d36"])
  const parts = [rect(0, 0, SIZE, SIZE, "#1c1c22"), rect(40, 40, SIZE - 80, SIZE - 80, "#2b2b33", 'rx="18"')]
  for (let i = 0; i < 8; i++) {
    const x = 80 + i * 84
    parts.push(rect(x, 80, 60, 640, "#33333d", 'rx="8"'))
    for (let k = 0; k < 3; k++) parts.push(circle(x + 30, 120 + k * 60, 18, "#55555f"), rect(x + 28, 104 + k * 60, 4, 14, "#ddd"))
    const level = random.int(3, 12)
    for (let m = 0; m < 12; m++) parts.push(rect(x + 22, 440 - m * 16, 16, 10, m < level ? (m > 9 ? "#e71d36" : led) : "#44444e"))
    parts.push(rect(x + 28, 470, 4, 220, "#111"), rect(x + 12, 480 + random.int(0, 180), 36, 22, "#d9d9d9", 'rx="3"'))
  }
  return document(parts.join(""))
}

const BLOBS = ["#ff595e", "#ffca3a", "#8ac926", "#1982c4", "#6a4c93", "#ff924c"]

/** Overlapping soft shapes and a pen curve: the look of a design or animation brief. */
export const commission: Pattern = (random) => {
  const parts = [rect(0, 0, SIZE, SIZE, random.pick(["#fdfcdc", "#f1faee", "#fff1e6"]))]
  for (let i = 0; i < 6; i++) {
    const x = random.int(150, 650)
    const y = random.int(150, 650)
    const r = random.int(70, 170)
    parts.push(
      `<path d="M ${x - r} ${y} C ${x - r} ${y - r * 1.2} ${x + r} ${y - r * 0.8} ${x + r} ${y} S ${x - r * 0.6} ${y + r * 1.3} ${x - r} ${y} Z" fill="${random.pick(BLOBS)}" opacity="0.75"/>`,
    )
  }
  let d = `M 80 ${random.int(200, 600)}`
  for (let x = 200; x <= 720; x += 130) d += ` S ${x - 60} ${random.int(80, 720)} ${x} ${random.int(120, 680)}`
  parts.push(`<path d="${d}" stroke="#111" stroke-width="6" fill="none" stroke-linecap="round"/>`)
  parts.push(circle(80, 400, 10, "#111"))
  return document(parts.join(""))
}

/** A potter's wheel or a loom seen from above: spokes, rings and a warm workshop palette. */
export const workshop: Pattern = (random) => {
  const wood = random.pick(["#8d5524", "#a0522d", "#6f4e37"])
  const clay = random.pick(["#c68642", "#e0ac69", "#b5651d"])
  const parts = [rect(0, 0, SIZE, SIZE, "#f3e9dc"), circle(C, C, 330, wood), circle(C, C, 300, clay)]
  for (let r = 60; r < 300; r += random.int(18, 30)) parts.push(circle(C, C, r, "none", `stroke="${wood}" stroke-width="3" opacity="0.45"`))
  parts.push(around(random.pick([6, 8, 12]), (a) => rect(C - 4, C - 300, 8, 300, wood, `opacity="0.6" transform="rotate(${a} ${C} ${C})"`)))
  parts.push(circle(C, C, 70, wood), circle(C, C, 24, "#f3e9dc"))
  return document(parts.join(""))
}

/** A yalli ring: dancers hand in hand around the centre, on a patterned floor. */
export const dance: Pattern = (random) => {
  const floor = random.pick(["#264653", "#5f0f40", "#1d3557"])
  const costumes = ["#e63946", "#f4a261", "#e9c46a", "#2a9d8f", "#f1faee"]
  const dancers = random.pick([8, 10, 12])
  const parts = [rect(0, 0, SIZE, SIZE, floor), circle(C, C, 320, "none", 'stroke="#ffffff" stroke-width="2" opacity="0.2"')]
  parts.push(
    around(24, (a) =>
      polygon(
        [
          [C, C - 40],
          [C + 8, C],
          [C - 8, C],
        ],
        "#ffffff",
        `opacity="0.12" transform="rotate(${a} ${C} ${C}) translate(0 -150)"`,
      ),
    ),
  )
  parts.push(circle(C, C, 250, "none", 'stroke="#f1faee" stroke-width="6" opacity="0.7"'))
  for (let i = 0; i < dancers; i++) {
    const angle = (2 * Math.PI * i) / dancers
    const x = C + 250 * Math.sin(angle)
    const y = C - 250 * Math.cos(angle)
    const colour = costumes[(i + random.int(0, 4)) % costumes.length]
    parts.push(
      polygon(
        [
          [x, y - 30],
          [x + 34, y + 50],
          [x - 34, y + 50],
        ],
        colour,
      ),
      circle(x, y - 46, 18, "#f1d2b0"),
    )
  }
  return document(parts.join(""))
}
