/**
 * Dates as the config and the command line write them: `AAAA-MM-JJ`, a day that exists in the
 * calendar (no 30 February, no year 0), in the years a policy can be in force.
 */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2099;

/** `YYYY-MM-DD` shape, whatever the numbers. */
export const isIsoShape = (value: string): boolean => /^\d{4}-\d{2}-\d{2}$/u.test(value);

/** A real day of the Gregorian calendar between FIRST_YEAR and LAST_YEAR, written YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  if (!isIsoShape(value)) return false;
  const [y, m, d] = value.split("-").map(Number) as [number, number, number];
  if (y < FIRST_YEAR || y > LAST_YEAR || m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const length = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] as number;
  return d <= length;
}
