/**
 * Nappies, weights and care notes: each a household record written with idempotent, versioned PUTs
 * under a client-made UUID, read one by one or as a list, and deleted softly. The family logs
 * nappies and weights; only a consultant writes care notes (`annotate` access), and only their
 * author changes one. Every consultant request, care notes included, is in the access log.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Access } from '../../domain/account.js';
import { careNote, careNoteBody, careNoteView, nappy, nappyBody, recordListQuery, weight, weightBody } from '../../contract/baby.js';
import { instant } from '../../contract/common.js';
import { firstEntryAt } from '../../db/baby-records.js';
import type { RecordMeta } from '../../domain/record.js';
import { careNoteResource, nappyResource, weightResource } from '../../services/baby-records.js';
import { careNotesWithAuthors } from '../../services/care-notes.js';
import { deleteRecord, getRecord, listRecordsOf, putRecord, type Resource } from '../../services/versioned.js';
import { currentUser } from '../auth.js';
import { errorBody, householdItemParams, householdParams } from '../schemas.js';

interface Config<I, R extends I & RecordMeta> {
  path: string;
  /** The list's property in the answer. */
  key: string;
  tag: string;
  what: string;
  res: Resource<I, R>;
  body: z.ZodType<I & { version?: number | undefined }>;
  record: z.ZodType;
  write: Access;
  /** The list also says when the household's log began (the nappies: the "enough milk?" card counts from there). */
  loggingSince?: boolean;
}

function versionedRoutes<I, R extends I & RecordMeta>(root: FastifyInstance, c: Config<I, R>, list: boolean): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const base = `/api/households/:hid/${c.path}`;
  const conflictBody = errorBody.extend({ current: c.record });

  if (list) {
    app.get(
      base,
      {
        config: { access: 'read' },
        schema: {
          tags: [c.tag],
          summary: `${c.what}, newest first; \`from\`/\`to\` bound the time as [from, to)`,
          params: householdParams,
          querystring: recordListQuery,
          response: {
            200: z.object({ [c.key]: z.array(c.record), ...(c.loggingSince ? { loggingSince: instant.nullable().describe('when the household’s log began: its first session or nappy, or null') } : {}) }),
            400: errorBody,
            401: errorBody,
            404: errorBody,
          },
        },
      },
      async (request) => {
        const q = request.query;
        const hid = request.params.hid;
        const [list, since] = await Promise.all([listRecordsOf(app.db, c.res, hid, { from: q.from, to: q.to, babyId: q.baby, limit: q.limit }), c.loggingSince ? firstEntryAt(app.db, hid) : undefined]);
        return { [c.key]: list, ...(c.loggingSince ? { loggingSince: since ?? null } : {}) };
      },
    );
  }

  app.get(
    `${base}/:id`,
    { config: { access: 'read' }, schema: { tags: [c.tag], summary: `One ${c.res.noun}`, params: householdItemParams, response: { 200: c.record, 401: errorBody, 404: errorBody } } },
    async (request) => getRecord(app.db, c.res, request.params.hid, request.params.id),
  );

  app.put(
    `${base}/:id`,
    {
      config: { access: c.write },
      schema: {
        tags: [c.tag],
        summary: `Create or replace a ${c.res.noun} under a client-made UUID (idempotent; edits carry the version read)`,
        params: householdItemParams,
        body: c.body,
        response: { 200: c.record, 201: c.record, 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: conflictBody },
      },
    },
    async (request, reply) => {
      const { version: v, ...input } = request.body as I & { version?: number };
      const r = await putRecord(app.db, c.res, { userId: currentUser(request).id }, request.params.hid, request.params.id, input as I, v);
      return reply.code(r.status).send(r.record);
    },
  );

  app.delete(
    `${base}/:id`,
    {
      config: { access: c.write },
      schema: { tags: [c.tag], summary: `Delete a ${c.res.noun} (kept for sync, hidden from lists)`, params: householdItemParams, response: { 204: z.null(), 401: errorBody, 403: errorBody, 404: errorBody } },
    },
    async (request, reply) => {
      await deleteRecord(app.db, c.res, { userId: currentUser(request).id }, request.params.hid, request.params.id);
      return reply.code(204).send(null);
    },
  );
}

export async function babyRecordRoutes(root: FastifyInstance): Promise<void> {
  versionedRoutes(root, { path: 'nappies', key: 'nappies', tag: 'baby', what: 'Nappy changes', res: nappyResource, body: nappyBody, record: nappy, write: 'write', loggingSince: true }, true);
  versionedRoutes(root, { path: 'weights', key: 'weights', tag: 'baby', what: 'Weights, the birth weight among them', res: weightResource, body: weightBody, record: weight, write: 'write' }, true);
  versionedRoutes(root, { path: 'care-notes', key: 'careNotes', tag: 'consultant', what: 'Care notes', res: careNoteResource, body: careNoteBody, record: careNote, write: 'annotate' }, false);

  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/households/:hid/care-notes',
    {
      config: { access: 'read' },
      schema: {
        tags: ['consultant'],
        summary: 'Care notes and care plans her consultants wrote, newest first, with who wrote each',
        params: householdParams,
        querystring: recordListQuery.omit({ baby: true }),
        response: { 200: z.object({ careNotes: z.array(careNoteView) }), 400: errorBody, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => ({ careNotes: await careNotesWithAuthors(app.db, request.params.hid, request.query) }),
  );
}
