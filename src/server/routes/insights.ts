/** Insights: the daily picture with emptying and rhythm, the time since emptied alone, and the massage-effect model. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isValidTimeZone } from '../../domain/time.js';
import { emptyingOf, massageEffectOf, MAX_RANGE_DAYS, summaryOf } from '../../services/insights.js';
import { voiceOf } from '../access.js';
import { calendarDate, errorBody, householdParams } from '../schemas.js';

const tz = z.string().max(64).refine(isValidTimeZone, 'must be an IANA time zone such as Europe/Madrid').describe('The time zone whose local days and hours are used');
const range = {
  from: calendarDate.optional().describe('First local date, included (default: a window before `to`)'),
  to: calendarDate.optional().describe('Last local date, included (default: today in `tz`)'),
  tz,
};
const hours = z.coerce.number().min(0.5).max(48);
const hour = z.coerce.number().int().min(0).max(23);
const reminder = {
  dayHours: hours.optional().describe('Remind when a breast has not been emptied for this many hours by day (with nightHours; off when absent)'),
  nightHours: hours.optional().describe('The same at night'),
  nightStart: hour.optional().describe('Local hour the night begins (default 22)'),
  nightEnd: hour.optional().describe('Local hour the night ends (default 6)'),
};
const summaryQuery = z.strictObject({ ...range, ...reminder });
const emptyingQuery = z.strictObject({ tz, ...reminder });
const effectQuery = z.strictObject({ ...range, unit: z.enum(['ml', 'floz']).default('ml').describe('The unit of the sentences (the numbers are always mL)') });

const summary = z.unknown().meta({
  id: 'InsightsSummary',
  description: 'from, to, timeZone; period (startedOn: her first logged local date or null, countedFrom, days and fullDays counted, perFullDayMl); days (per local day: pumpedMl per side and total, pumpSessions, feeds, bottleMl, nursingMinutes per side, massageSessions, symptomChecks, checkLevels); trend (totalMl, and movingAverageMl over the finished days from her first logged day in the 7 days to it, with averageDays); rhythm (24 hours: n, meanMl, medianMl); emptying (night, and per side lastEmptiedAt, via, minutesSince, reminder off|not-yet|due, thresholdMinutes)',
});
const emptyingAnswer = z.unknown().meta({
  id: 'Emptying',
  description: "The same as a summary's emptying: night, and per side lastEmptiedAt, via, minutesSince, reminder off|not-yet|due, thresholdMinutes",
});
const effect = z.unknown().meta({
  id: 'MassageEffect',
  description: 'overall and byRoutine results: status clear|unclear|not-enough-data|singular-design, nWith, nWithout, differenceMl with lowerMl/upperMl (95% interval), percentOfBaseline, baselineMl, adjustedFor, needs, sentence {en, es}; minPerGroup; from, to, timeZone; startedOn (her first logged local date, or null)',
});

export async function insightRoutes(root: FastifyInstance): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/households/:hid/insights/summary',
    {
      config: { access: 'read' },
      schema: {
        tags: ['insights'],
        summary: `Daily picture, output trend, daily rhythm and time since each breast was emptied (at most ${MAX_RANGE_DAYS} days)`,
        params: householdParams,
        querystring: summaryQuery,
        response: { 200: summary, 400: errorBody, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => summaryOf(app.db, request.params.hid, request.query),
  );

  app.get(
    '/api/households/:hid/insights/emptying',
    {
      config: { access: 'read' },
      schema: {
        tags: ['insights'],
        summary: "Time since each breast was last emptied, alone (the home screen's card): a summary's emptying for a fraction of its work",
        params: householdParams,
        querystring: emptyingQuery,
        response: { 200: emptyingAnswer, 400: errorBody, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => emptyingOf(app.db, request.params.hid, request.query),
  );

  app.get(
    '/api/households/:hid/insights/massage-effect',
    {
      config: { access: 'read' },
      schema: {
        tags: ['insights'],
        summary: 'Pumped volume per session with and without massage, adjusted for time of day and the trend over days, with a 95% interval',
        params: householdParams,
        querystring: effectQuery,
        response: { 200: effect, 400: errorBody, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => massageEffectOf(app.db, request.params.hid, request.query, new Date(), voiceOf(request.role)),
  );
}
