// Wall-clock arithmetic in the council's time zone, Europe/London, with no date library.

const ZONE = 'Europe/London';
const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export interface WallClock {
  year: number;
  month: number;
  day: number;
  /** Minutes since local midnight. */
  minutes: number;
}

export function londonWallClock(d: Date): WallClock {
  const p = Object.fromEntries(parts.formatToParts(d).map((x) => [x.type, x.value]));
  return {
    year: Number(p['year']),
    month: Number(p['month']),
    day: Number(p['day']),
    minutes: Number(p['hour']) * 60 + Number(p['minute']),
  };
}

/** The London date of an instant, "YYYY-MM-DD": 23:30 UTC on 6 May in summer is 7 May. */
export function londonDateOf(d: Date): string {
  const w = londonWallClock(d);
  return `${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
}

/** "22:30" → 1350. */
export function parseClock(hhmm: string): number | undefined {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

/** The instant when London's clocks show `minutes` past midnight on the local day of `d`, plus `addDays`. */
export function londonInstant(d: Date, minutes: number, addDays = 0): Date {
  const w = londonWallClock(d);
  const target = Date.UTC(w.year, w.month - 1, w.day + addDays, 0, minutes);
  // London is UTC or UTC+1: correct the guess by the offset the zone has at that instant.
  let guess = target;
  for (let i = 0; i < 2; i++) {
    const seen = londonWallClock(new Date(guess));
    const seenUtc = Date.UTC(seen.year, seen.month - 1, seen.day, 0, seen.minutes);
    guess += target - seenUtc;
  }
  return new Date(guess);
}
