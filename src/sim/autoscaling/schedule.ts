/**
 * Scheduled-action expressions (reference §5.4): `at(yyyy-mm-ddThh:mm:ss)`, `rate(<n> <unit>)` and
 * `cron(<Minutes> <Hours> <Day-of-month> <Month> <Day-of-week> <Year>)`, evaluated in an IANA time zone
 * (UTC by default) at minute resolution.
 *
 * Cron fields: `*`, `?` (day fields only), numbers, lists `a,b`, ranges `a-b`, steps `a/n`, `*\/n`, `a-b/n`,
 * month names `JAN`–`DEC`, weekday names `SUN`–`SAT` (numbers 1–7 with 1 = Sunday, as in AWS), and `L` (last day)
 * in the day-of-month field. One of day-of-month and day-of-week must be `?`. A 7-field form with a leading
 * seconds field is accepted; the seconds are ignored.
 */
import { validationError } from './input.ts';

/** A parsed cron field: the allowed values, or undefined for "any". */
type FieldSet = boolean[] | undefined;

/** A parsed schedule. */
export type ParsedSchedule =
  | { kind: 'at'; wallClock: WallClock }
  | { kind: 'rate'; periodMs: number }
  | { kind: 'cron'; minutes: FieldSet; hours: FieldSet; dayOfMonth: FieldSet; lastDayOfMonth: boolean; months: FieldSet; dayOfWeek: FieldSet; years: FieldSet };

/** A local date-time in some time zone. `weekday` is 1 (Sunday) … 7 (Saturday), as cron numbers them. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday?: number;
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const WEEKDAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];
const RATE_UNITS: Record<string, number> = { minute: 60_000, minutes: 60_000, hour: 3_600_000, hours: 3_600_000, day: 86_400_000, days: 86_400_000 };

function invalid(expression: string, detail: string): Error {
  return validationError(`Invalid schedule expression: ${expression}. ${detail}`);
}

function parseField(expression: string, text: string, name: string, min: number, max: number, names?: string[], nameBase = 1): FieldSet {
  if (text === '*' || text === '?') return undefined;
  const allowed = new Array<boolean>(max + 1).fill(false);
  const value = (token: string): number => {
    const index = names ? names.indexOf(token.toUpperCase()) : -1;
    const n = index >= 0 ? index + nameBase : /^\d+$/.test(token) ? Number(token) : NaN;
    if (!Number.isInteger(n) || n < min || n > max) throw invalid(expression, `The ${name} field must be between ${min} and ${max}, found '${token}'.`);
    return n;
  };
  for (const item of text.split(',')) {
    const [range, stepText] = item.split('/') as [string, string | undefined];
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!Number.isInteger(step) || step < 1) throw invalid(expression, `Invalid step '${stepText}' in the ${name} field.`);
    let from: number;
    let to: number;
    if (range === '*') {
      from = min;
      to = max;
    } else if (range.includes('-')) {
      const [a, b] = range.split('-') as [string, string];
      from = value(a);
      to = value(b);
      if (from > to) throw invalid(expression, `Invalid range '${range}' in the ${name} field.`);
    } else {
      from = value(range);
      to = stepText === undefined ? from : max;
    }
    for (let n = from; n <= to; n += step) allowed[n] = true;
  }
  return allowed;
}

/** Parses and validates a `Schedule`; throws `ValidationException` with what is wrong. */
export function parseSchedule(expression: string): ParsedSchedule {
  const at = /^at\((\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\)$/.exec(expression);
  if (at) {
    const [year, month, day, hour, minute, second] = at.slice(1).map(Number) as [number, number, number, number, number, number];
    const check = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
    if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) {
      throw invalid(expression, 'The date-time does not exist.');
    }
    return { kind: 'at', wallClock: { year, month, day, hour, minute, second } };
  }
  if (expression.startsWith('at(')) throw invalid(expression, 'Use at(yyyy-mm-ddThh:mm:ss).');

  const rate = /^rate\((\d+)\s+([a-z]+)\)$/.exec(expression);
  if (rate) {
    const n = Number(rate[1]);
    const unit = rate[2]!;
    const unitMs = RATE_UNITS[unit];
    if (unitMs === undefined) throw invalid(expression, 'The unit must be minute, minutes, hour, hours, day or days.');
    if (n < 1) throw invalid(expression, 'The value must be a positive integer.');
    const singular = unit.replace(/s$/, '');
    if ((n === 1) !== (unit === singular)) throw invalid(expression, `Use '${n} ${singular}${n === 1 ? '' : 's'}'.`);
    return { kind: 'rate', periodMs: n * unitMs };
  }
  if (expression.startsWith('rate(')) throw invalid(expression, 'Use rate(<value> <unit>), e.g. rate(5 minutes).');

  const cron = /^cron\((.*)\)$/.exec(expression);
  if (!cron) throw invalid(expression, 'A schedule is at(...), rate(...) or cron(...).');
  let fields = cron[1]!.trim().split(/\s+/);
  if (fields.length === 7) fields = fields.slice(1);
  if (fields.length !== 6) throw invalid(expression, 'A cron expression has 6 fields: minutes hours day-of-month month day-of-week year.');
  const [minutes, hours, dom, month, dow, year] = fields as [string, string, string, string, string, string];
  if ((dom === '?') === (dow === '?')) {
    throw invalid(expression, 'Use ? in exactly one of the day-of-month and day-of-week fields.');
  }
  for (const [name, text] of [['day-of-month', dom], ['day-of-week', dow]] as const) {
    if (/[W#]/.test(text) || (name === 'day-of-week' && text.includes('L'))) {
      throw invalid(expression, `The simulator does not support W, # or L in the ${name} field.`);
    }
  }
  if (minutes.includes('?') || hours.includes('?') || month.includes('?') || year.includes('?')) {
    throw invalid(expression, '? is only allowed in the day-of-month and day-of-week fields.');
  }
  const lastDayOfMonth = dom === 'L';
  return {
    kind: 'cron',
    minutes: parseField(expression, minutes, 'minutes', 0, 59),
    hours: parseField(expression, hours, 'hours', 0, 23),
    dayOfMonth: lastDayOfMonth ? undefined : parseField(expression, dom, 'day-of-month', 1, 31),
    lastDayOfMonth,
    months: parseField(expression, month, 'month', 1, 12, MONTHS),
    dayOfWeek: parseField(expression, dow, 'day-of-week', 1, 7, WEEKDAYS),
    years: parseField(expression, year, 'year', 1970, 2199),
  };
}

// Formatters are expensive to build and immutable, so one per time zone is cached for the process.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Throws `ValidationException` unless `timeZone` is a time zone name the platform knows. */
export function validateTimezone(timeZone: string): void {
  try {
    formatterFor(timeZone);
  } catch {
    throw validationError(`Invalid Timezone: ${timeZone}. Use an IANA time zone name such as Europe/Berlin or America/New_York.`);
  }
}

function isUtc(timeZone: string | undefined): boolean {
  return timeZone === undefined || timeZone === 'UTC' || timeZone === 'Etc/UTC' || timeZone === 'GMT';
}

/** The local date-time of an instant in a time zone. */
export function wallClockAt(epochMs: number, timeZone?: string): WallClock {
  if (isUtc(timeZone)) {
    const d = new Date(epochMs);
    return {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
      weekday: d.getUTCDay() + 1,
    };
  }
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone!).formatToParts(new Date(epochMs))) parts[part.type] = part.value;
  return {
    year: Number(parts['year']),
    month: Number(parts['month']),
    day: Number(parts['day']),
    hour: Number(parts['hour']),
    minute: Number(parts['minute']),
    second: Number(parts['second']),
    weekday: WEEKDAYS.indexOf((parts['weekday'] ?? '').toUpperCase()) + 1,
  };
}

function wallClockAsUtc(clock: WallClock): number {
  return Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
}

/** The instant at which a time zone's clocks show `clock` (the later offset wins in a DST overlap). */
export function instantOfWallClock(clock: WallClock, timeZone?: string): number {
  const guess = wallClockAsUtc(clock);
  if (isUtc(timeZone)) return guess;
  const offsetAt = (t: number) => wallClockAsUtc(wallClockAt(t, timeZone)) - t;
  const first = guess - offsetAt(guess);
  const second = guess - offsetAt(first);
  return second;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when a cron schedule fires at this local minute. */
export function cronMatches(schedule: Extract<ParsedSchedule, { kind: 'cron' }>, clock: WallClock): boolean {
  const has = (set: FieldSet, n: number) => set === undefined || set[n] === true;
  if (!has(schedule.minutes, clock.minute) || !has(schedule.hours, clock.hour) || !has(schedule.months, clock.month) || !has(schedule.years, clock.year)) return false;
  if (schedule.lastDayOfMonth && clock.day !== daysInMonth(clock.year, clock.month)) return false;
  return has(schedule.dayOfMonth, clock.day) && has(schedule.dayOfWeek, clock.weekday ?? 0);
}

/** Longest stretch scanned minute by minute (an engine that skips a month still fires the last month's runs). */
const MAX_SCAN_MS = 31 * 86_400_000;

/**
 * The times in (from, to] at which a schedule fires, honouring StartTime/EndTime. `rate()` fires every period
 * after its StartTime (or its creation when there is none) `[I]`; `at()` fires once.
 */
export function dueTimes(
  schedule: ParsedSchedule,
  options: { timeZone?: string; startTime?: number; endTime?: number; createdAt: number },
  from: number,
  to: number,
): number[] {
  const lower = Math.max(from, options.startTime !== undefined ? options.startTime - 1 : -Infinity);
  const upper = Math.min(to, options.endTime ?? Infinity);
  if (upper <= lower) return [];
  const due: number[] = [];
  if (schedule.kind === 'at') {
    const at = instantOfWallClock(schedule.wallClock, options.timeZone);
    if (at > lower && at <= upper) due.push(at);
  } else if (schedule.kind === 'rate') {
    const anchor = options.startTime ?? options.createdAt;
    let k = Math.max(1, Math.floor((lower - anchor) / schedule.periodMs) + 1);
    for (let t = anchor + k * schedule.periodMs; t <= upper; k++, t = anchor + k * schedule.periodMs) {
      if (t > lower) due.push(t);
    }
  } else {
    const start = Math.max(lower, upper - MAX_SCAN_MS);
    for (let t = Math.floor(start / 60_000) * 60_000 + 60_000; t <= upper; t += 60_000) {
      if (cronMatches(schedule, wallClockAt(t, options.timeZone))) due.push(t);
    }
  }
  return due;
}
