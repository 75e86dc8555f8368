/**
 * Insights over a household's log: loads the sessions and checks of a range and hands them to the
 * pure computations in domain/insights (the same ones the browser can run).
 */
import type { Kysely } from 'kysely';
import { type Emptying, type EmptyingSession, type EmptyingThreshold, emptying } from '../domain/insights/emptying.js';
import { type MassageEffect, massageEffect } from '../domain/insights/massage-effect.js';
import { insightsSummary, type Summary } from '../domain/insights/summary.js';
import { startedOn } from '../domain/insights/periods.js';
import type { LoggedSession } from '../domain/insights/daily.js';
import type { Voice } from '../domain/insights/sentences.js';
import type { SessionKind } from '../domain/session.js';
import type { Level } from '../domain/triage/types.js';
import { addCalendarDays, localDate, localHour, startOfLocalDate } from '../domain/time.js';
import type { VolumeUnit } from '../domain/units.js';
import { badField } from '../errors.js';
import type { DB } from '../db/schema.js';
import { firstSessionStart, latestEmptyings, loggedSessionsBetween } from '../db/sessions.js';
import { checkLevelsBetween } from '../db/symptom-checks.js';

/** The longest range one request may cover (a little over three years). */
export const MAX_RANGE_DAYS = 1200;
/** A safety bound on rows read for one request (three years of a busy log is about 15,000). */
const MAX_ROWS = 100_000;
export const DEFAULT_SUMMARY_DAYS = 14;
export const DEFAULT_EFFECT_DAYS = 90;

export interface RangeQuery {
  from?: string;
  to?: string;
  tz: string;
}

/** Her reminder, when she set one: the hours by day and by night, and when her night is. */
export interface ReminderQuery {
  dayHours?: number;
  nightHours?: number;
  nightStart?: number;
  nightEnd?: number;
}

export type SummaryQuery = RangeQuery & ReminderQuery;
export type EmptyingQuery = ReminderQuery & { tz: string };

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The range as local dates, both included: `to` defaults to today there, `from` to `defaultDays` before. */
export function resolveRange(q: RangeQuery, defaultDays: number, nowMs: number): { from: string; to: string } {
  const to = q.to ?? localDate(nowMs, q.tz);
  const from = q.from ?? addCalendarDays(to, -(defaultDays - 1));
  if (to < from) throw badField('to', 'before_from', 'must not be before from');
  if (daysBetween(from, to) + 1 > MAX_RANGE_DAYS) throw badField('from', 'range_too_long', `the range may cover at most ${MAX_RANGE_DAYS} days`, { max: MAX_RANGE_DAYS });
  return { from, to };
}

function rangeBounds(range: { from: string; to: string }, tz: string): { fromIso: string; toIso: string } {
  // From a day early: a feed that began before midnight, or a massage just before the first pump, counts.
  return {
    fromIso: new Date(startOfLocalDate(addCalendarDays(range.from, -1), tz)).toISOString(),
    toIso: new Date(startOfLocalDate(addCalendarDays(range.to, 1), tz)).toISOString(),
  };
}

async function sessionsIn(db: Kysely<DB>, householdId: string, range: { from: string; to: string }, tz: string, kind?: SessionKind): Promise<LoggedSession[]> {
  const { fromIso, toIso } = rangeBounds(range, tz);
  return loggedSessionsBetween(db, householdId, fromIso, toIso, MAX_ROWS, kind);
}

function thresholdOf(q: ReminderQuery): EmptyingThreshold | null {
  if (q.dayHours === undefined && q.nightHours === undefined) return null;
  if (q.dayHours === undefined) throw badField('dayHours', 'both_or_neither', 'give both dayHours and nightHours, or neither');
  if (q.nightHours === undefined) throw badField('nightHours', 'both_or_neither', 'give both dayHours and nightHours, or neither');
  return { dayHours: q.dayHours, nightHours: q.nightHours, nightStartHour: q.nightStart, nightEndHour: q.nightEnd };
}

/** What a summary is computed from: the range's sessions and checks, and the latest nursing and pumping. */
interface SummaryInput {
  sessions: LoggedSession[];
  checks: { checkedAt: string; level: Level }[];
  recent: EmptyingSession[];
  /** When she first logged anything, so days before it are not counted as zeros. */
  firstLoggedAt: string | null;
}

/** How many of the latest nursing and pumping sessions say when each side was last emptied. */
const LATEST = { nurse: 20, pump: 40 };

async function readSummaryInput(db: Kysely<DB>, householdId: string, range: { from: string; to: string }, tz: string): Promise<SummaryInput> {
  const checksFrom = new Date(startOfLocalDate(range.from, tz)).toISOString();
  const checksTo = new Date(startOfLocalDate(addCalendarDays(range.to, 1), tz)).toISOString();
  const [sessions, checks, recent, firstLoggedAt] = await Promise.all([
    sessionsIn(db, householdId, range, tz),
    checkLevelsBetween(db, householdId, checksFrom, checksTo, MAX_ROWS),
    latestEmptyings(db, householdId, LATEST),
    firstSessionStart(db, householdId),
  ]);
  return { sessions, checks, recent, firstLoggedAt };
}

export async function summaryOf(db: Kysely<DB>, householdId: string, q: SummaryQuery, now = new Date()): Promise<Summary> {
  const nowMs = now.getTime();
  const range = resolveRange(q, DEFAULT_SUMMARY_DAYS, nowMs);
  const threshold = thresholdOf(q);
  const input = await readSummaryInput(db, householdId, range, q.tz);
  return insightsSummary(input.sessions, { checks: input.checks, from: range.from, to: range.to, timeZone: q.tz, nowMs, threshold, recent: input.recent, firstLoggedAt: input.firstLoggedAt });
}

/**
 * The time since each side was last emptied, without the rest of a summary: what the home screen
 * shows, from two small reads instead of a summary's five.
 */
export async function emptyingOf(db: Kysely<DB>, householdId: string, q: EmptyingQuery, now = new Date()): Promise<Emptying> {
  const threshold = thresholdOf(q);
  const nowMs = now.getTime();
  return emptying(await latestEmptyings(db, householdId, LATEST), { nowMs, localHourNow: localHour(nowMs, q.tz), threshold });
}

/** `startedOn`: her first logged day, so the period shown starts there when she began inside the range. */
export type MassageEffectReport = MassageEffect & { from: string; to: string; timeZone: string; startedOn: string | null };

/** `voice`: 'client' when her consultant reads (sentences in the third person). */
export async function massageEffectOf(db: Kysely<DB>, householdId: string, q: RangeQuery & { unit?: VolumeUnit }, now = new Date(), voice: Voice = 'own'): Promise<MassageEffectReport> {
  const range = resolveRange(q, DEFAULT_EFFECT_DAYS, now.getTime());
  // Only pumping and massage-only sessions matter here: reading just those is a quarter of the rows.
  const [pumps, massages, firstLoggedAt] = await Promise.all([
    sessionsIn(db, householdId, range, q.tz, 'pump'),
    sessionsIn(db, householdId, range, q.tz, 'massage'),
    firstSessionStart(db, householdId),
  ]);
  const sessions = [...pumps, ...massages];
  const first = startOfLocalDate(range.from, q.tz);
  // Massage-only sessions from the day before may count for the first pumps; the pumps themselves are the range's.
  const inRange = sessions.filter((s) => s.kind !== 'pump' || Date.parse(s.startedAt) >= first);
  return { ...massageEffect(inRange, q.tz, q.unit ?? 'ml', voice), from: range.from, to: range.to, timeZone: q.tz, startedOn: startedOn(firstLoggedAt, q.tz) };
}
