/** The consultant workspace: every client who shared with her, with recent output and flags. */
import type { Kysely } from 'kysely';
import { clientPicture, type ClientPicture } from '../domain/workspace.js';
import { emptying } from '../domain/insights/emptying.js';
import type { Preferences } from '../domain/account.js';
import { localDayBounds, zoneOffsetMs } from '../domain/time.js';
import type { DB } from '../db/schema.js';
import { listSessions } from '../db/sessions.js';
import { listChecks } from '../db/symptom-checks.js';
import { logAccess } from './sharing.js';

export interface Client extends ClientPicture {
  householdId: string;
  householdName: string;
  ownerEmail: string;
  accessExpiresAt: string | null;
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

export async function consultantClients(db: Kysely<DB>, userId: string, timeZone: string, now = new Date()): Promise<Client[]> {
  const nowIso = now.toISOString();
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
  const today = localDayBounds(now.getTime(), timeZone);
  const localHourNow = (((now.getTime() + zoneOffsetMs(now.getTime(), timeZone)) / 3_600_000) % 24 + 24) % 24;
  const out: Client[] = [];
  for (const share of shares) {
    const sessions = await listSessions(db, share.householdId, { from: new Date(now.getTime() - 14 * 86_400_000).toISOString(), limit: 5000 });
    const checks = await listChecks(db, share.householdId, { from: new Date(now.getTime() - 7 * 86_400_000).toISOString(), limit: 500 });
    const reminder = reminderOf(share.ownerPreferences);
    const state = reminder ? emptying(sessions, { nowMs: now.getTime(), localHourNow, threshold: reminder }) : null;
    const picture = clientPicture(sessions, checks.map((c) => ({ checkedAt: c.checkedAt, level: c.result.level })), { nowMs: now.getTime(), todayStartMs: today.start, emptying: state });
    // Seeing a client's summary is reading her data: it goes in her access log.
    await logAccess(db, { householdId: share.householdId, userId, role: 'consultant', action: 'read', method: 'GET', route: '/api/consultant/clients', resourceId: null }, now);
    const { ownerPreferences: _prefs, ...client } = share;
    out.push({ ...client, ...picture });
  }
  return out;
}
