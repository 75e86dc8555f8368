/**
 * What the consultant's client list reads, for all her clients at once: a handful of queries
 * whatever the number of clients (each filters on household_id first, as every index leads with it;
 * none joins one household's rows to another's).
 */
import type { Kysely } from 'kysely';
import type { WeeklyOutput } from '../domain/workspace.js';
import type { DB } from './schema.js';

const DAY = 86_400_000;

/** Per household: the sums of the last two weeks of sessions (see weeklyOutput, which computes the same from rows). */
export async function weeklyOutputs(db: Kysely<DB>, householdIds: readonly string[], nowMs: number, todayStartMs: number): Promise<Map<string, WeeklyOutput>> {
  const out = new Map<string, WeeklyOutput>();
  if (householdIds.length === 0) return out;
  const today = new Date(todayStartMs).toISOString();
  const weekAgo = new Date(nowMs - 7 * DAY).toISOString();
  const twoWeeksAgo = new Date(nowMs - 14 * DAY).toISOString();
  const rows = await db
    .selectFrom('sessions')
    .select((eb) => {
      const ml = eb(eb.fn.coalesce('leftMl', eb.lit(0)), '+', eb.fn.coalesce('rightMl', eb.lit(0)));
      const pump = eb('kind', '=', 'pump');
      const sumIf = (cond: ReturnType<typeof eb.and>, value: typeof ml | ReturnType<typeof eb.lit<1>>) => eb.fn.sum<number | string | null>(eb.case().when(cond).then(value).else(eb.lit(0)).end());
      return [
        'householdId',
        eb.fn.max('updatedAt').as('lastChange'),
        sumIf(eb.and([pump, eb('startedAt', '>=', today)]), ml).as('todayPumped'),
        sumIf(eb.and([eb('kind', 'in', ['nurse', 'bottle']), eb('startedAt', '>=', today)]), eb.lit(1)).as('todayFeeds'),
        sumIf(eb.and([pump, eb('startedAt', '>=', weekAgo)]), ml).as('lastWeek'),
        sumIf(eb.and([pump, eb('startedAt', '<', weekAgo)]), ml).as('weekBefore'),
        sumIf(eb.and([pump, eb('startedAt', '<', weekAgo)]), eb.lit(1)).as('weekBeforeN'),
      ];
    })
    .where('householdId', 'in', [...householdIds])
    .where('deletedAt', 'is', null)
    .where('startedAt', '>=', twoWeeksAgo)
    .groupBy('householdId')
    .execute();
  for (const r of rows) {
    out.set(r.householdId, {
      lastChangeMs: r.lastChange ? Date.parse(r.lastChange) : 0,
      todayPumpedMl: Number(r.todayPumped ?? 0),
      todayFeeds: Number(r.todayFeeds ?? 0),
      lastWeekMl: Number(r.lastWeek ?? 0),
      weekBeforeMl: Number(r.weekBefore ?? 0),
      weekBeforeSessions: Number(r.weekBeforeN ?? 0),
    });
  }
  return out;
}
