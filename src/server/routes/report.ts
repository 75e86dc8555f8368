/** The one-page report of a household: as JSON (the browser draws it for print) and as a PDF. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LANGUAGES } from '../../domain/account.js';
import { canonicalLocale } from '../../domain/locale.js';
import { isValidTimeZone } from '../../domain/time.js';
import { householdReport } from '../../services/report.js';
import { reportPdf } from '../../services/report-pdf.js';
import { currentUser } from '../auth.js';
import { calendarDate, errorBody, householdParams, volumeUnit, weightUnit } from '../schemas.js';

const query = z.strictObject({
  from: calendarDate.optional().describe('First day, YYYY-MM-DD (default: 13 days before `to`)'),
  to: calendarDate.optional().describe('Last day, YYYY-MM-DD (default: today in `tz`)'),
  tz: z.string().max(64).refine(isValidTimeZone, 'is not a time zone').default('UTC'),
  lang: z.enum(LANGUAGES).optional().describe("Default: the viewer's language"),
  locale: z
    .string()
    .max(35)
    .transform((tag, ctx) => canonicalLocale(tag) ?? (ctx.addIssue({ code: 'custom', message: 'is not a locale such as en-GB' }), z.NEVER))
    .optional()
    .describe("Dates and times in this region of the report's language, e.g. en-GB (default: the language alone)"),
  unit: volumeUnit.optional().describe("Default: the viewer's volume unit"),
  weight: weightUnit.optional().describe("Default: the viewer's weight unit"),
});

export async function reportRoutes(root: FastifyInstance): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/households/:hid/report',
    {
      config: { access: 'read' },
      schema: {
        tags: ['report'],
        summary: 'The report for a date range (at most a year): the figures, and the document in the viewer’s language and units',
        params: householdParams,
        querystring: query,
        response: { 200: z.object({ report: z.unknown(), document: z.unknown() }).meta({ id: 'Report' }), 400: errorBody, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => householdReport(app.db, request.params.hid, currentUser(request), request.query),
  );

  app.get(
    '/api/households/:hid/report.pdf',
    {
      config: { access: 'read' },
      schema: {
        tags: ['report'],
        summary: 'The report as a PDF (A4 or US Letter)',
        params: householdParams,
        querystring: query.extend({ paper: z.enum(['a4', 'letter']).default('a4') }),
        response: { 200: z.unknown().meta({ description: 'application/pdf' }), 400: errorBody, 401: errorBody, 404: errorBody },
      },
    },
    async (request, reply) => {
      const { paper, ...q } = request.query;
      const { report, document } = await householdReport(app.db, request.params.hid, currentUser(request), q);
      const pdf = await reportPdf(document, paper);
      const name = `lactea-report-${report.from}-to-${report.to}.pdf`;
      return reply.type('application/pdf').header('content-disposition', `attachment; filename="${name}"`).send(pdf);
    },
  );
}
