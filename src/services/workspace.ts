/**
 * The consultant workspace: every client who shared with her, with recent output, her babies and
 * the flags that ask for a look. Read for all clients at once (a few queries, not a few per client),
 * so a list of hundreds stays quick.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Preferences } from '../domain/account.js';
import { enoughMilk, inFirstWeeks, NAPPY_LOOKBACK_MS } from '../domain/baby/enough-milk.js';
import type { NappyKind, StoolColour } from '../domain/baby/nappy.js';
import { growth, type WeightPlace } from '../domain/baby/weight.js';
import { emptying } from '../domain/insights/emptying.js';
import { localDayBounds, localHour } from '../domain/time.js';
import type { Level } from '../domain/triage/types.js';
import { pictureOf, type BabyPicture, type ClientPicture } from '../domain/workspace.js';
import { firstEntryAt } from '../db/baby-records.js';
import type { DB } from '../db/schema.js';
import { listEmptyingSessions } from '../db/sessions.js';
import { weeklyOutputs } from '../db/workspace.js';

export interface ClientBaby {
  id: string;
  name: string;
  birthDate: string | null;
}

export interface Client extends ClientPicture {
  householdId: string;
  householdName: string;
  ownerEmail: string;
  accessExpiresAt: string | null;
  babies: ClientBaby[];
}

/** The owner's own emptying reminder (her preferences), or null when she has none. */
function reminderOf(preferencesJson: string): { dayHours: number; nightHours: number } | null {
  try {
    const r = (JSON.parse(preferencesJson) as Partial<Preferences>).emptyingReminder;
    return r && typeof r.dayHours === 'number' && typeof r.nightHours === 'number' ? { dayHours: r.dayHours, nightHours: r.nightHours } : null;
  } catch {
    return null;
  }
}

function groupBy<T>(rows: readonly T[], key: (r: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  }
  return m;
}

const DAY = 86_400_000;

export async function consultantClients(db: Kysely<DB>, userId: string, timeZone: string, now = new Date()): Promise<Client[]> {
  const nowIso = now.toISOString();
  const nowMs = now.getTime();
  const shares = await db
    .selectFrom('memberships as m')
    .innerJoin('households as h', 'h.id', 'm.householdId')
    .innerJoin('memberships as o', (j) => j.onRef('o.householdId', '=', 'm.householdId').on('o.role', '=', 'owner'))
    .innerJoin('users as u', 'u.id', 'o.userId')
    .select(['h.id as householdId', 'h.name as householdName', 'u.email as ownerEmail', 'u.preferences as ownerPreferences', 'm.expiresAt as accessExpiresAt'])
    .where('m.userId', '=', userId)
    .where('m.role', '=', 'consultant')
    .where((eb) => eb.or([eb('m.expiresAt', 'is', null), eb('m.expiresAt', '>', nowIso)]))
    .orderBy('h.name')
    .execute();
  if (shares.length === 0) return [];
  const hids = shares.map((s) => s.householdId);
  const today = localDayBounds(nowMs, timeZone);
  const localHourNow = localHour(nowMs, timeZone);

  const [outputs, checks, babies, weights] = await Promise.all([
    weeklyOutputs(db, hids, nowMs, today.start),
    db
      .selectFrom('symptomChecks')
      .select(['householdId', 'checkedAt', 'level'])
      .where('householdId', 'in', hids)
      .where('checkedAt', '>=', new Date(nowMs - 7 * DAY).toISOString())
      .where('level', 'in', ['call', 'urgent', 'emergency'])
      .execute(),
    db.selectFrom('babies').select(['householdId', 'id', 'name', 'birthDate']).where('householdId', 'in', hids).orderBy('createdAt').orderBy('name').orderBy('id').execute(),
    db
      .selectFrom('weights')
      .select(['householdId', 'id', 'babyId', 'measuredAt', 'grams', 'birth', 'place', 'deletedAt'])
      .where('householdId', 'in', hids)
      .where('deletedAt', 'is', null)
      .execute(),
  ]);
  // Nappies only where a baby is in its first four weeks (the table covers no more), and only recent ones.
  const young = babies.filter((b) => inFirstWeeks(b.birthDate, nowMs, timeZone));
  // As the parent's card reads them: a week of nappies, and when each household's log began.
  const nappiesFrom = nowMs - NAPPY_LOOKBACK_MS;
  const youngHomes = [...new Set(young.map((b) => b.householdId))];
  const [nappies, starts] = young.length
    ? await Promise.all([
        db
          .selectFrom('nappies')
          .select(['householdId', 'babyId', 'changedAt', 'kind', 'colour', 'pinkUrates', 'deletedAt'])
          .where('householdId', 'in', youngHomes)
          .where('changedAt', '>=', new Date(nappiesFrom).toISOString())
          .where('deletedAt', 'is', null)
          .execute(),
        Promise.all(youngHomes.map(async (hid) => [hid, await firstEntryAt(db, hid)] as const)),
      ])
    : [[], []];
  const loggingSince = new Map(starts);
  const checksBy = groupBy(checks, (c) => c.householdId);
  const babiesBy = groupBy(babies, (b) => b.householdId);
  const weightsBy = groupBy(weights, (w) => w.babyId);
  const nappiesBy = groupBy(nappies, (n) => n.babyId);

  const out: Client[] = [];
  for (const share of shares) {
    const hid = share.householdId;
    const reminder = reminderOf(share.ownerPreferences);
    // Only a client who set herself a reminder is judged against it (rare: read her recent log then).
    const state = reminder ? emptying(await listEmptyingSessions(db, hid, { from: new Date(nowMs - 14 * DAY).toISOString(), limit: 5000 }), { nowMs, localHourNow, threshold: reminder }) : null;
    const own = babiesBy.get(hid) ?? [];
    const pictures: BabyPicture[] = own.map((b) => {
      const ws = (weightsBy.get(b.id) ?? []).map((w) => ({ ...w, birth: Number(w.birth) === 1, grams: Number(w.grams), place: w.place as WeightPlace }));
      const card = inFirstWeeks(b.birthDate, nowMs, timeZone)
        ? enoughMilk({
            birthDate: b.birthDate,
            nowMs,
            timeZone,
            nappies: (nappiesBy.get(b.id) ?? []).map((n) => ({ ...n, kind: n.kind as NappyKind, colour: n.colour as StoolColour | null, pinkUrates: Number(n.pinkUrates) === 1 })),
            nappiesFrom,
            feedStarts: [],
            loggingSince: loggingSince.get(hid) ?? null,
            weights: ws,
          })
        : null;
      const points = growth(ws, b.birthDate, timeZone).filter((p) => !p.birth);
      const latest = points[points.length - 1];
      return {
        babyId: b.id,
        babyName: b.name,
        findings: card?.status === 'first-weeks' ? card.findings : [],
        latestWeight: latest && latest.percentFromBirth !== null ? { percentFromBirth: latest.percentFromBirth, measuredAt: latest.measuredAt, lossOverLimit: latest.lossOverLimit } : null,
      };
    });
    const picture = pictureOf(
      outputs.get(hid) ?? { lastChangeMs: 0, todayPumpedMl: 0, todayFeeds: 0, lastWeekMl: 0, weekBeforeMl: 0, weekBeforeSessions: 0 },
      (checksBy.get(hid) ?? []).map((c) => ({ checkedAt: c.checkedAt, level: c.level as Level })),
      { nowMs, emptying: state, babies: pictures, accessExpiresAt: share.accessExpiresAt },
    );
    const { ownerPreferences: _prefs, ...client } = share;
    out.push({ ...client, babies: own.map((b) => ({ id: b.id, name: b.name, birthDate: b.birthDate })), ...picture });
  }
  // Seeing a client's summary is reading her data: it goes in her access log, one row per client.
  await db
    .insertInto('accessLog')
    .values(hids.map((householdId) => ({ householdId, id: randomUUID(), at: nowIso, userId, role: 'consultant', action: 'read', method: 'GET', route: '/api/consultant/clients', resourceId: null })))
    .execute();
  return out;
}
