/**
 * Everything of hers, to take away: her account, and for every household she owns all its data —
 * the log (deleted entries included), babies, symptom checks, creamatocrit measurements, care
 * contacts, nappies, weights and care notes (deleted ones included too), who it is
 * shared with, open invites, and the access log. As one JSON document, and as one CSV file per
 * kind of record, together in one zip.
 *
 * Adding a kind of record to the export is one entry in HOUSEHOLD_PARTS.
 */
import { strToU8, zipSync } from 'fflate';
import type { Kysely } from 'kysely';
import type { HouseholdSummary, User } from '../domain/account.js';
import { notFound } from '../errors.js';
import { listBabies, listHouseholdsForUser } from '../db/households.js';
import type { DB } from '../db/schema.js';
import { findCareContacts } from '../db/care-contacts.js';
import { CARE_NOTES, NAPPIES, WEIGHTS } from '../db/baby-records.js';
import { listEntries } from '../db/creamatocrit.js';
import { allRecords } from '../db/versioned.js';
import { fromDb as sessionFromDb } from '../db/sessions.js';
import { listAccessLog, listMembers, listOpenInvites } from '../db/sharing.js';
import { listChecks } from '../db/symptom-checks.js';
import { findUserById, publicUser } from '../db/users.js';

export const EXPORT_FORMAT = 'lactea-export-2';
const ALL = 10_000_000;

type Row = Record<string, unknown>;

/** One kind of record a household holds: its name in the JSON and the CSV file's, and how to read it. */
interface HouseholdPart {
  name: string;
  rows(db: Kysely<DB>, householdId: string, nowIso: string): Promise<readonly object[]>;
}

const HOUSEHOLD_PARTS: readonly HouseholdPart[] = [
  { name: 'babies', rows: (db, hid) => listBabies(db, hid) },
  // Deleted entries included (deletedAt set): what she deleted is part of her record too.
  { name: 'sessions', rows: async (db, hid) => (await db.selectFrom('sessions').selectAll().where('householdId', '=', hid).orderBy('startedAt').orderBy('id').execute()).map(sessionFromDb) },
  { name: 'symptomChecks', rows: async (db, hid) => (await listChecks(db, hid, { limit: ALL })).reverse() },
  { name: 'creamatocrit', rows: async (db, hid) => (await listEntries(db, hid, { limit: ALL })).reverse() },
  { name: 'careContacts', rows: async (db, hid) => [await findCareContacts(db, hid)].filter((c) => c !== null) },
  { name: 'nappies', rows: (db, hid) => allRecords(db, NAPPIES, hid) },
  { name: 'weights', rows: (db, hid) => allRecords(db, WEIGHTS, hid) },
  { name: 'careNotes', rows: (db, hid) => allRecords(db, CARE_NOTES, hid) },
  { name: 'members', rows: (db, hid) => listMembers(db, hid) },
  { name: 'openInvites', rows: (db, hid, nowIso) => listOpenInvites(db, hid, nowIso) },
  { name: 'accessLog', rows: async (db, hid) => (await listAccessLog(db, hid, ALL)).reverse() },
];

export interface AccountExport {
  format: typeof EXPORT_FORMAT;
  exportedAt: string;
  user: User;
  /** The households she owns, each with every part above. */
  households: (HouseholdSummary & Record<string, unknown>)[];
  /** Households she joined: only that she belongs to them (their data is their owner's). */
  joinedHouseholds: HouseholdSummary[];
}

/** Steps done and to do, for a progress line. */
export type ExportProgress = (done: number, total: number) => void;

export async function exportAccount(db: Kysely<DB>, userId: string, now = new Date(), progress: ExportProgress = () => {}): Promise<AccountExport> {
  const user = await findUserById(db, userId);
  if (!user) throw notFound('user');
  const nowIso = now.toISOString();
  const memberships = await listHouseholdsForUser(db, userId, nowIso);
  const owned = memberships.filter((m) => m.role === 'owner');
  const total = owned.length * HOUSEHOLD_PARTS.length;
  let done = 0;
  progress(done, total);
  const households: AccountExport['households'] = [];
  for (const h of owned) {
    const out: HouseholdSummary & Record<string, unknown> = { ...h };
    for (const part of HOUSEHOLD_PARTS) {
      out[part.name] = await part.rows(db, h.id, nowIso);
      progress(++done, total);
    }
    households.push(out);
  }
  return { format: EXPORT_FORMAT, exportedAt: nowIso, user: publicUser(user), households, joinedHouseholds: memberships.filter((m) => m.role !== 'owner') };
}

/** A cell as text; nested values as JSON. Text a spreadsheet would run as a formula is marked with a leading '. */
function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const text = typeof v === 'object' ? JSON.stringify(v) : String(v);
  const safe = typeof v === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Nested objects become dotted columns (massage.minutes); arrays stay whole, as JSON. */
function flatten(row: object, prefix = '', out: Row = {}): Row {
  for (const [k, v] of Object.entries(row)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) flatten(v as object, key, out);
    else out[key] = v;
  }
  return out;
}

/** RFC 4180 CSV with a header row; columns in the order they first appear. */
export function toCsv(rows: readonly object[]): string {
  const flat = rows.map((r) => flatten(r));
  const columns = [...new Set(flat.flatMap((r) => Object.keys(r)))];
  // A nested value that is sometimes null (a session without massage) has its dotted columns; no bare one.
  for (let i = columns.length - 1; i >= 0; i--) if (columns.some((c) => c.startsWith(`${columns[i]}.`))) columns.splice(i, 1);
  const lines = [columns.map(cell).join(','), ...flat.map((r) => columns.map((c) => cell(r[c])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

/** The CSV files of an export: her account, the households, and one file per part with a householdId column. */
function csvFiles(data: AccountExport): Record<string, string> {
  const files: Record<string, string> = {
    'account.csv': toCsv([data.user]),
    'households.csv': toCsv([...data.households, ...data.joinedHouseholds].map((h) => ({ id: h.id, name: h.name, role: h.role, createdAt: h.createdAt, volumeUnit: h.volumeUnit, weightUnit: h.weightUnit }))),
  };
  for (const part of HOUSEHOLD_PARTS) {
    const rows = data.households.flatMap((h) => (h[part.name] as object[]).map((r) => ({ householdId: h.id, ...r })));
    files[`${part.name}.csv`] = toCsv(rows);
  }
  return files;
}

/** The export as one zip: lactea-export.json, and csv/*.csv. */
export function exportZip(data: AccountExport): Uint8Array {
  const entries: Record<string, Uint8Array> = { 'lactea-export.json': strToU8(JSON.stringify(data, null, 2)) };
  for (const [name, text] of Object.entries(csvFiles(data))) entries[`csv/${name}`] = strToU8(text);
  return zipSync(entries, { level: 6, mtime: new Date(data.exportedAt) });
}

export function exportFileName(now: Date, ext: 'zip' | 'json'): string {
  return `lactea-export-${now.toISOString().slice(0, 10)}.${ext}`;
}
