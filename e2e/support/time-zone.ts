/**
 * The browsers' time zone for this run: of a few zones around the world, the one where it is
 * nearest midday now. "Today" in the app is the local day, and an entry logged with its default
 * start (some minutes ago) just after local midnight belongs to yesterday: tests that count today's
 * totals must not run across midnight. A run lasts minutes, so the day holds for all of it.
 */
// Whole-hour offsets only, spread so that one of them is always within four hours of midday.
const ZONES = ['America/New_York', 'America/Los_Angeles', 'Europe/Madrid', 'Asia/Tokyo', 'Pacific/Auckland'];

function localHour(zone: string, now: number): number {
  const h = new Intl.DateTimeFormat('en-US', { timeZone: zone, hour: 'numeric', hourCycle: 'h23' }).format(now);
  return Number(h);
}

export const BROWSER_TIME_ZONE: string = ZONES.reduce((best, zone) => {
  const now = Date.now();
  return Math.abs(localHour(zone, now) - 12) < Math.abs(localHour(best, now) - 12) ? zone : best;
});

/** The browsers' calendar date `days` days from now (YYYY-MM-DD). */
export function browserDateIn(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: BROWSER_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(Date.now() + days * 86_400_000);
}
