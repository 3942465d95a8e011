import { describe, expect, it } from "vitest"
import { gridSlotProblem, gridSlots, inZone, isTimeZone, type Schedule, seatsLeft, sessionProblem, sessionSlots } from "./slots"

const at = (iso: string) => Date.parse(iso)
const iso = (ms: number) => new Date(ms).toISOString()
const weekdays = [1, 2, 3, 4, 5].map((day) => ({ day, opens: "10:00", closes: "18:00" }))

function studio(overrides: Partial<Schedule> = {}): Schedule {
  return {
    timezone: "Asia/Baku",
    capacity: 1,
    buffer_before_minutes: 0,
    buffer_after_minutes: 0,
    min_notice_minutes: 0,
    window_days: 365,
    opening_hours: weekdays,
    exceptions: [],
    ...overrides,
  }
}
const twoHours = { duration_minutes: 120, grid_minutes: 60 }
// Monday 30 March 2026 in Baku (UTC+4 all year)
const monday = { from: at("2026-03-30T00:00:00+04:00"), to: at("2026-03-31T00:00:00+04:00") }
const longBefore = at("2026-03-01T00:00:00Z")

describe("grid slots from weekly opening hours", () => {
  it("offers every start on the grid whose whole duration fits inside opening hours, in UTC", () => {
    const slots = gridSlots(studio(), twoHours, [], monday.from, monday.to, longBefore)
    expect(slots.map((s) => iso(s.start))).toEqual([
      "2026-03-30T06:00:00.000Z",
      "2026-03-30T07:00:00.000Z",
      "2026-03-30T08:00:00.000Z",
      "2026-03-30T09:00:00.000Z",
      "2026-03-30T10:00:00.000Z",
      "2026-03-30T11:00:00.000Z",
      "2026-03-30T12:00:00.000Z",
    ])
    expect(slots[0]).toMatchObject({ end: at("2026-03-30T08:00:00Z"), seats_left: 1 })
  })

  it("offers nothing on a day without opening hours", () => {
    const sunday = { from: at("2026-03-29T00:00:00+04:00"), to: at("2026-03-30T00:00:00+04:00") }
    expect(gridSlots(studio(), twoHours, [], sunday.from, sunday.to, longBefore)).toEqual([])
  })

  it("keeps split opening hours apart and anchors the grid at each opening", () => {
    const split = studio({
      opening_hours: [
        { day: 1, opens: "09:30", closes: "12:00" },
        { day: 1, opens: "14:15", closes: "16:15" },
      ],
    })
    const slots = gridSlots(split, { duration_minutes: 60, grid_minutes: 60 }, [], monday.from, monday.to, longBefore)
    expect(slots.map((s) => inZone(s.start, "Asia/Baku").slice(11, 16))).toEqual(["09:30", "10:30", "14:15", "15:15"])
  })
})

describe("buffers", () => {
  const buffered = studio({ buffer_before_minutes: 30, buffer_after_minutes: 30 })
  // a booking 12:00–14:00 local keeps the studio busy 11:30–14:30
  const busy = [{ from: at("2026-03-30T11:30:00+04:00"), until: at("2026-03-30T14:30:00+04:00") }]

  it("leave out slots whose own buffers touch another booking's buffers", () => {
    const slots = gridSlots(buffered, twoHours, busy, monday.from, monday.to, longBefore)
    // 10:00 ends 12:00 + 30 min after > 11:30; 15:00 starts 14:30 with its 30 min before: free
    expect(slots.map((s) => inZone(s.start, "Asia/Baku").slice(11, 16))).toEqual(["15:00", "16:00"])
  })

  it("name the slot that overlaps a buffer as taken", () => {
    expect(gridSlotProblem(buffered, twoHours, busy, at("2026-03-30T14:00:00+04:00"), longBefore)?.code).toBe("taken")
    expect(gridSlotProblem(buffered, twoHours, busy, at("2026-03-30T15:00:00+04:00"), longBefore)).toBeNull()
  })
})

describe("exceptions", () => {
  it("a whole-day closure removes the day", () => {
    const holiday = studio({ exceptions: [{ date: "2026-03-30", kind: "closed" }] })
    expect(gridSlots(holiday, twoHours, [], monday.from, monday.to, longBefore)).toEqual([])
    expect(gridSlotProblem(holiday, twoHours, [], at("2026-03-30T10:00:00+04:00"), longBefore)?.code).toBe("hours")
  })

  it("a timed closure removes the slots (and their buffers) that overlap it, keeping the grid", () => {
    const maintenance = studio({
      buffer_after_minutes: 15,
      exceptions: [{ date: "2026-03-30", kind: "closed", start_time: "13:00", end_time: "14:00" }],
    })
    const slots = gridSlots(maintenance, { duration_minutes: 60, grid_minutes: 60 }, [], monday.from, monday.to, longBefore)
    // 12:00–13:00 plus 15 minutes of clean-up runs into the closure
    expect(slots.map((s) => inZone(s.start, "Asia/Baku").slice(11, 16))).toEqual(["10:00", "11:00", "14:00", "15:00", "16:00", "17:00"])
    expect(
      gridSlotProblem(maintenance, { duration_minutes: 60, grid_minutes: 60 }, [], at("2026-03-30T12:00:00+04:00"), longBefore)?.code,
    ).toBe("closed")
  })

  it("extra hours open a day the weekly hours leave closed", () => {
    const saturday = { from: at("2026-04-04T00:00:00+04:00"), to: at("2026-04-05T00:00:00+04:00") }
    const extra = studio({ exceptions: [{ date: "2026-04-04", kind: "open", start_time: "11:00", end_time: "15:00" }] })
    const slots = gridSlots(extra, twoHours, [], saturday.from, saturday.to, longBefore)
    expect(slots.map((s) => inZone(s.start, "Asia/Baku").slice(11, 16))).toEqual(["11:00", "12:00", "13:00"])
  })
})

describe("notice and window", () => {
  const now = at("2026-03-30T09:20:00+04:00")

  it("refuse the past, then what falls inside the minimum notice, then what lies beyond the window", () => {
    const schedule = studio({ min_notice_minutes: 120, window_days: 7 })
    expect(gridSlotProblem(schedule, twoHours, [], at("2026-03-27T10:00:00+04:00"), now)?.code).toBe("past")
    expect(gridSlotProblem(schedule, twoHours, [], at("2026-03-30T11:00:00+04:00"), now)?.code).toBe("notice")
    expect(gridSlotProblem(schedule, twoHours, [], at("2026-03-30T12:00:00+04:00"), now)).toBeNull()
    expect(gridSlotProblem(schedule, twoHours, [], at("2026-04-07T10:00:00+04:00"), now)?.code).toBe("window")
    const slots = gridSlots(schedule, twoHours, [], monday.from, monday.to, now)
    expect(inZone(slots[0].start, "Asia/Baku").slice(11, 16)).toBe("12:00")
  })

  it("refuse a start off the grid and a slot running past closing time", () => {
    expect(gridSlotProblem(studio(), twoHours, [], at("2026-03-30T10:30:00+04:00"), longBefore)?.code).toBe("grid")
    expect(gridSlotProblem(studio(), twoHours, [], at("2026-03-30T17:00:00+04:00"), longBefore)?.code).toBe("hours")
    expect(gridSlotProblem(studio(), twoHours, [], at("2026-03-30T08:00:00+04:00"), longBefore)?.code).toBe("hours")
  })
})

describe("capacity", () => {
  it("counts the seats busy at the fullest moment, not every booking that touches the range", () => {
    const range = { start: at("2026-03-30T10:00:00Z"), end: at("2026-03-30T12:00:00Z") }
    const busy = [
      { from: at("2026-03-30T09:00:00Z"), until: at("2026-03-30T10:30:00Z") },
      { from: at("2026-03-30T11:00:00Z"), until: at("2026-03-30T13:00:00Z") },
    ]
    expect(seatsLeft(3, range, busy)).toBe(2)
    expect(seatsLeft(3, range, [...busy, { from: at("2026-03-30T10:00:00Z"), until: at("2026-03-30T12:00:00Z"), seats: 2 }])).toBe(0)
    expect(seatsLeft(1, range, busy)).toBe(0)
  })

  it("lets back-to-back bookings share an instant", () => {
    const range = { start: at("2026-03-30T10:00:00Z"), end: at("2026-03-30T12:00:00Z") }
    expect(seatsLeft(1, range, [{ from: at("2026-03-30T08:00:00Z"), until: at("2026-03-30T10:00:00Z") }])).toBe(1)
  })

  it("offers a shared room until its last seat is taken", () => {
    const room = studio({ capacity: 2 })
    const busy = [{ from: at("2026-03-30T10:00:00+04:00"), until: at("2026-03-30T12:00:00+04:00") }]
    const [first] = gridSlots(room, twoHours, busy, monday.from, monday.to, longBefore)
    expect(first).toMatchObject({ start: at("2026-03-30T10:00:00+04:00"), seats_left: 1 })
    const full = [...busy, ...busy]
    expect(gridSlots(room, twoHours, full, monday.from, monday.to, longBefore)[0].start).toBe(at("2026-03-30T12:00:00+04:00"))
  })
})

describe("daylight saving time", () => {
  const berlin = (overrides: Partial<Schedule>) => studio({ timezone: "Europe/Berlin", ...overrides })
  const hour = { duration_minutes: 60, grid_minutes: 60 }

  it("keeps a Berlin studio's 09:00 at 09:00 local across the last Sunday of March (UTC moves by an hour)", () => {
    const everyDay = [1, 2, 3, 4, 5, 6, 7].map((day) => ({ day, opens: "09:00", closes: "10:00" }))
    const slots = gridSlots(
      berlin({ opening_hours: everyDay }),
      hour,
      [],
      at("2026-03-28T00:00:00Z"),
      at("2026-03-30T00:00:00Z"),
      longBefore,
    )
    expect(slots.map((s) => iso(s.start))).toEqual(["2026-03-28T08:00:00.000Z", "2026-03-29T07:00:00.000Z"])
  })

  it("counts real hours on the short and the long night", () => {
    const nights = [{ day: 7, opens: "01:00", closes: "04:00" }]
    const spring = gridSlots(
      berlin({ opening_hours: nights }),
      hour,
      [],
      at("2026-03-29T00:00:00+01:00"),
      at("2026-03-30T00:00:00+02:00"),
      longBefore,
    )
    // 02:00–03:00 does not exist on 29 March: 01:00 CET and 03:00 CEST
    expect(spring.map((s) => inZone(s.start, "Europe/Berlin"))).toEqual(["2026-03-29T01:00:00.000+01:00", "2026-03-29T03:00:00.000+02:00"])
    const autumn = gridSlots(
      berlin({ opening_hours: nights }),
      hour,
      [],
      at("2026-10-25T00:00:00+02:00"),
      at("2026-10-26T00:00:00+01:00"),
      longBefore,
    )
    // 02:00–03:00 happens twice on 25 October
    expect(autumn.map((s) => inZone(s.start, "Europe/Berlin"))).toEqual([
      "2026-10-25T01:00:00.000+02:00",
      "2026-10-25T02:00:00.000+02:00",
      "2026-10-25T02:00:00.000+01:00",
      "2026-10-25T03:00:00.000+01:00",
    ])
  })

  it("shows a Baku studio (no DST) an hour later to a Berlin buyer after the change", () => {
    const everyDay = [1, 2, 3, 4, 5, 6, 7].map((day) => ({ day, opens: "10:00", closes: "11:00" }))
    const slots = gridSlots(
      studio({ opening_hours: everyDay }),
      hour,
      [],
      at("2026-03-28T00:00:00Z"),
      at("2026-03-30T00:00:00Z"),
      longBefore,
    )
    expect(slots.map((s) => inZone(s.start, "Europe/Berlin"))).toEqual(["2026-03-28T07:00:00.000+01:00", "2026-03-29T08:00:00.000+02:00"])
    expect(slots.map((s) => inZone(s.start, "Asia/Baku"))).toEqual(["2026-03-28T10:00:00.000+04:00", "2026-03-29T10:00:00.000+04:00"])
    const october = gridSlots(
      studio({ opening_hours: everyDay }),
      hour,
      [],
      at("2026-10-24T00:00:00Z"),
      at("2026-10-26T00:00:00Z"),
      longBefore,
    )
    expect(october.map((s) => inZone(s.start, "Europe/Berlin"))).toEqual(["2026-10-24T08:00:00.000+02:00", "2026-10-25T07:00:00.000+01:00"])
  })

  it("knows IANA zones and refuses made-up ones", () => {
    expect(isTimeZone("Europe/Berlin")).toBe(true)
    expect(isTimeZone("Asia/Baku")).toBe(true)
    expect(isTimeZone("Mars/Olympus")).toBe(false)
    expect(isTimeZone("")).toBe(false)
  })
})

describe("fixed sessions", () => {
  const sessions = [
    { id: "s1", start: at("2026-04-10T15:00:00Z"), end: at("2026-04-10T18:00:00Z"), capacity: 20, taken: 20 },
    { id: "s2", start: at("2026-04-17T15:00:00Z"), end: at("2026-04-17T18:00:00Z"), capacity: 20, taken: 7 },
  ]

  it("offers sessions with seats left and hides full ones", () => {
    expect(sessionSlots(studio(), sessions, at("2026-04-01T00:00:00Z"), at("2026-05-01T00:00:00Z"), longBefore)).toEqual([
      { session_id: "s2", start: sessions[1].start, end: sessions[1].end, seats_left: 13 },
    ])
  })

  it("refuses a full session, one starting inside the notice, and one that has started", () => {
    expect(sessionProblem(studio(), sessions[0], longBefore)?.code).toBe("taken")
    expect(sessionProblem(studio({ min_notice_minutes: 60 }), sessions[1], at("2026-04-17T14:30:00Z"))?.code).toBe("notice")
    expect(sessionProblem(studio(), sessions[1], at("2026-04-17T15:01:00Z"))?.code).toBe("past")
    expect(sessionProblem(studio(), sessions[1], longBefore)).toBeNull()
  })

  it("a day closed in the resource's zone closes its sessions: neither offered nor bookable", () => {
    // 17 April 15:00Z is 19:00 in Baku; 21:00Z is already 18 April there
    const late = { id: "s3", start: at("2026-04-17T21:00:00Z"), end: at("2026-04-17T22:00:00Z"), capacity: 5, taken: 0 }
    const holiday = studio({ exceptions: [{ date: "2026-04-17", kind: "closed" }] })
    const april = [at("2026-04-01T00:00:00Z"), at("2026-05-01T00:00:00Z")] as const
    expect(sessionSlots(holiday, [...sessions, late], ...april, longBefore).map((s) => s.session_id)).toEqual(["s3"])
    expect(sessionProblem(holiday, sessions[1], longBefore)?.code).toBe("closed")
    expect(sessionProblem(holiday, late, longBefore)).toBeNull()
  })

  it("a block of closed time over part of a session closes it; one beside it does not", () => {
    // the session runs 19:00–22:00 in Baku
    const block = (start_time: string, end_time: string) =>
      studio({ exceptions: [{ date: "2026-04-17", kind: "closed", start_time, end_time }] })
    expect(sessionProblem(block("21:00", "23:00"), sessions[1], longBefore)?.code).toBe("closed")
    expect(sessionProblem(block("17:00", "19:00"), sessions[1], longBefore)).toBeNull()
    expect(sessionSlots(block("21:00", "23:00"), sessions, at("2026-04-01T00:00:00Z"), at("2026-05-01T00:00:00Z"), longBefore)).toEqual([])
  })
})
