import type { Schedule, ScheduleException, WeeklyHours } from "./slots"

export type ResourceRecord = Omit<Schedule, "opening_hours" | "exceptions"> & {
  id: string
  name: string
  creator_id: string
  cancel_notice_hours: number
  opening_hours: unknown
  exceptions?: ScheduleException[]
}

/** The slot engine's view of a stored resource. */
export function scheduleOf(resource: ResourceRecord): Schedule {
  return {
    timezone: resource.timezone,
    capacity: resource.capacity,
    buffer_before_minutes: resource.buffer_before_minutes,
    buffer_after_minutes: resource.buffer_after_minutes,
    min_notice_minutes: resource.min_notice_minutes,
    window_days: resource.window_days,
    opening_hours: (Array.isArray(resource.opening_hours) ? resource.opening_hours : []) as WeeklyHours[],
    exceptions: (resource.exceptions ?? []).map((e) => ({ date: e.date, kind: e.kind, start_time: e.start_time, end_time: e.end_time })),
  }
}
