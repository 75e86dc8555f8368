/**
 * The report of a household for a date range (default the last 14 days), in the viewer's language
 * and units: read in a handful of range-bounded queries, built by the pure report model, set as a
 * document, and drawn as a PDF when asked.
 */
import type { Kysely } from 'kysely';
import type { Language, Preferences } from '../domain/account.js';
import { documentOf, type ReportDocument } from '../domain/report/document.js';
import { buildReport, type Report } from '../domain/report/report.js';
import { LIMITS } from '../domain/limits.js';
import { languageOfLocale } from '../domain/locale.js';
import { addCalendarDays, localDate, startOfLocalDate } from '../domain/time.js';
import type { VolumeUnit, WeightUnit } from '../domain/units.js';
import { AppError, badField } from '../errors.js';
import { firstEntryAt, NAPPIES, WEIGHTS } from '../db/baby-records.js';
import { listEntries } from '../db/creamatocrit.js';
import { listBabies } from '../db/households.js';
import type { DB } from '../db/schema.js';
import { listSessions } from '../db/sessions.js';
import { listChecks } from '../db/symptom-checks.js';
import { listRecords } from '../db/versioned.js';
import { careNotesWithAuthors } from './care-notes.js';

export const DEFAULT_REPORT_DAYS = 14;
/** A bound on rows read for one report (a year of a very busy household of twins is ~20,000 sessions). */
const MAX_ROWS = 100_000;

export interface ReportQuery {
  from?: string;
  to?: string;
  tz: string;
  lang?: Language;
  /** Dates and times in this region of the language ("en-GB"); default: the language alone. */
  locale?: string;
  unit?: VolumeUnit;
  weight?: WeightUnit;
}

/** The range as local dates, both included: `to` defaults to today there, `from` to 13 days before. */
export function reportRange(q: Pick<ReportQuery, 'from' | 'to' | 'tz'>, nowMs: number): { from: string; to: string } {
  const to = q.to ?? localDate(nowMs, q.tz);
  const from = q.from ?? addCalendarDays(to, -(DEFAULT_REPORT_DAYS - 1));
  if (to < from) throw badField('to', 'before_from', 'must not be before from');
  const days = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
  if (days > LIMITS.maxReportDays) throw badField('from', 'range_too_long', `a report covers at most ${LIMITS.maxReportDays} days`, { max: LIMITS.maxReportDays });
  return { from, to };
}

export async function householdReport(db: Kysely<DB>, householdId: string, viewer: { preferences: Preferences }, q: ReportQuery, now = new Date()): Promise<{ report: Report; document: ReportDocument }> {
  const { from, to } = reportRange(q, now.getTime());
  const tz = q.tz;
  const start = new Date(startOfLocalDate(from, tz)).toISOString();
  const end = new Date(startOfLocalDate(addCalendarDays(to, 1), tz)).toISOString();
  // A feed that began the evening before the first day still counts in it.
  const dayBefore = new Date(startOfLocalDate(addCalendarDays(from, -1), tz)).toISOString();
  const household = await db.selectFrom('households').select('name').where('id', '=', householdId).executeTakeFirst();
  if (!household) throw new AppError('not_found', 'No such household');
  const [babies, sessions, nappies, weights, checks, creamatocrit, notes, plans, firstLoggedAt] = await Promise.all([
    listBabies(db, householdId),
    listSessions(db, householdId, { from: dayBefore, to: end, limit: MAX_ROWS }),
    listRecords(db, NAPPIES, householdId, { from: start, to: end, limit: MAX_ROWS }),
    listRecords(db, WEIGHTS, householdId, { limit: MAX_ROWS }),
    listChecks(db, householdId, { from: start, to: end, limit: MAX_ROWS }),
    listEntries(db, householdId, { from: start, to: end, limit: MAX_ROWS }),
    careNotesWithAuthors(db, householdId, { from: start, to: end, limit: 1000 }),
    // The plan in force may have been written before the range.
    careNotesWithAuthors(db, householdId, { to: end, limit: 1000 }).then((all) => all.filter((n) => n.kind === 'plan')),
    firstEntryAt(db, householdId),
  ]);
  const lang = q.lang ?? viewer.preferences.language;
  if (q.locale !== undefined && languageOfLocale(q.locale) !== lang) throw badField('locale', 'invalid', `must be a locale of the report's language, such as ${lang}-${lang === 'en' ? 'GB' : 'ES'}`);
  const report = buildReport({
    householdName: household.name,
    babies,
    from,
    to,
    timeZone: tz,
    nowMs: now.getTime(),
    sessions,
    nappies,
    firstLoggedAt,
    weights,
    checks,
    creamatocrit,
    careNotes: [...notes, ...plans.filter((p) => !notes.some((n) => n.id === p.id))],
    lang,
    locale: q.locale ?? lang,
    volumeUnit: q.unit ?? viewer.preferences.volumeUnit,
    weightUnit: q.weight ?? viewer.preferences.weightUnit,
  });
  return { report, document: documentOf(report) };
}
