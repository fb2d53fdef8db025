import { ConfigError } from '../../core/errors.js'

const HOUR = 3_600_000

/**
 * Turns a wall-clock time read from a log (no offset written) into an instant, for one IANA zone.
 * `Intl` is the only zone database Node ships, and it is slow (a `formatToParts` call costs microseconds),
 * so the resolved offset is cached per wall-clock hour: logs are mostly in order, and zones change their
 * offset on hour boundaries in practice.
 */
export interface WallClock {
  readonly zone: string
  /** `wall` is the wall time's fields encoded as if they were UTC (`Date.UTC(...)`); returns epoch ms. */
  toEpoch(wall: number): number
}

const UTC_NAMES = new Set(['UTC', 'Etc/UTC', 'GMT', 'Etc/GMT', 'Z', 'utc'])

const UTC_CLOCK: WallClock = { zone: 'UTC', toEpoch: (wall) => wall }

const clocks = new Map<string, WallClock>()

/** The wall clock of `zone` (an IANA name); throws a ConfigError for a zone Intl does not know. */
export function wallClock(zone = 'UTC'): WallClock {
  if (UTC_NAMES.has(zone)) return UTC_CLOCK
  let clock = clocks.get(zone)
  if (!clock) {
    clock = new ZoneClock(zone)
    clocks.set(zone, clock)
  }
  return clock
}

class ZoneClock implements WallClock {
  readonly zone: string
  private readonly format: Intl.DateTimeFormat
  private readonly byHour = new Map<number, number>()
  private lastHour = NaN
  private lastOffset = 0

  constructor(zone: string) {
    try {
      this.format = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
        era: 'short',
      })
    } catch (err) {
      throw new ConfigError(`unknown time zone '${zone}'`, {
        cause: err,
        hint: 'use an IANA zone name such as UTC or Europe/Berlin',
      })
    }
    this.zone = this.format.resolvedOptions().timeZone
  }

  toEpoch(wall: number): number {
    const hour = Math.floor(wall / HOUR)
    if (hour === this.lastHour) return wall - this.lastOffset
    let offset = this.byHour.get(hour)
    if (offset === undefined) {
      offset = this.resolve(hour * HOUR)
      // Bounded: a log spanning years in random order must not grow this without limit.
      if (this.byHour.size > 50_000) this.byHour.clear()
      this.byHour.set(hour, offset)
    }
    this.lastHour = hour
    this.lastOffset = offset
    return wall - offset
  }

  /**
   * The offset to apply to a wall time (as `Date.UTC` ms). Around a transition, a wall time can have two
   * instants (autumn overlap: take the earlier, as Temporal's 'compatible' does) or none (spring gap: apply
   * the offset from before the gap, which moves the time forward by the gap's length).
   */
  private resolve(wall: number): number {
    const before = this.offsetAt(wall - 12 * HOUR)
    const after = this.offsetAt(wall + 12 * HOUR)
    const validBefore = this.offsetAt(wall - before) === before
    const validAfter = before === after || this.offsetAt(wall - after) === after
    if (validBefore && validAfter) return Math.max(before, after)
    if (validBefore) return before
    if (validAfter) return after
    return before
  }

  /** The zone's offset from UTC (ms) at an instant. */
  private offsetAt(epoch: number): number {
    let year = 0
    let month = 1
    let day = 1
    let hour = 0
    let minute = 0
    let second = 0
    let bc = false
    for (const part of this.format.formatToParts(epoch)) {
      switch (part.type) {
        case 'year':
          year = Number(part.value)
          break
        case 'month':
          month = Number(part.value)
          break
        case 'day':
          day = Number(part.value)
          break
        case 'hour':
          hour = Number(part.value)
          break
        case 'minute':
          minute = Number(part.value)
          break
        case 'second':
          second = Number(part.value)
          break
        case 'era':
          bc = part.value.startsWith('B')
          break
      }
    }
    if (bc) year = 1 - year
    // setUTCFullYear, unlike Date.UTC, does not map years 0..99 to 1900..1999.
    const wall = new Date(0)
    wall.setUTCFullYear(year, month - 1, day)
    wall.setUTCHours(hour, minute, second, 0)
    return wall.getTime() - Math.floor(epoch / 1000) * 1000
  }
}
