/**
 * The contract between server and web: the shapes of requests and answers, as zod schemas the
 * server validates and documents with, and their types, which the web client imports (types only,
 * so nothing of zod reaches the browser bundle). A new endpoint's shapes go in the file of its area.
 *
 * These are the fields every area shares.
 */
import { z } from 'zod';
import { isCalendarDate, normalizeInstant } from '../domain/time.js';

/** Any ISO-8601 date-time with Z or an offset, stored as the canonical UTC instant. */
export const instant = z
  .string()
  .max(40)
  // One parse both checks and normalizes (a refine and then a transform parsed every instant twice).
  .transform((s, ctx) => {
    const normal = normalizeInstant(s);
    if (normal !== null) return normal;
    ctx.issues.push({ code: 'custom', message: 'must be an ISO 8601 date-time with a time zone, e.g. 2026-11-23T03:15:00Z', input: s, params: { code: 'invalid_date' } });
    return z.NEVER;
  })
  .meta({ format: 'date-time' });

/**
 * An id a client sends (a UUID, in any case): kept in lower case, the one form ids are stored and
 * compared in. Every id in a path, query or body goes through this, so no route lower-cases by hand.
 */
export const id = z.uuid().transform((s) => s.toLowerCase());

export const calendarDate = z.string().refine(isCalendarDate, { message: 'must be a date as YYYY-MM-DD', params: { code: 'invalid_date' } });

