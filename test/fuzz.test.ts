/**
 * Fuzzing every route of the OpenAPI document with generated bad input (fast-check, fixed seed):
 * wrong types under the real field names, random objects, junk params and queries. Requires no 5xx,
 * the error shape on every 4xx, and no change to stored data.
 */
import { createHash, randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caller, databases, makeApp, signUp, type Member, type TestApp } from './harness.js';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
interface Operation {
  method: Method;
  path: string;
  bodyKeys: string[];
  queryKeys: string[];
}

// Signing out or up changes sign-in state by design; they are fuzzed for 5xx only, on their own app.
const STATEFUL = new Set(['POST /api/auth/logout', 'POST /api/auth/signup', 'POST /api/auth/login']);
const TABLES = ['users', 'households', 'memberships', 'babies', 'sessions', 'symptom_checks', 'invites'] as const;
const RUNS = Number(process.env.FUZZ_RUNS ?? 120);

function operations(doc: { paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: { properties?: object } }> }; parameters?: { in: string; name: string }[] }>> }): Operation[] {
  const out: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [m, op] of Object.entries(methods)) {
      const props = op.requestBody?.content?.['application/json']?.schema?.properties ?? {};
      out.push({
        method: m.toUpperCase() as Method,
        path,
        bodyKeys: Object.keys(props),
        queryKeys: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
      });
    }
  }
  return out;
}

async function digest(t: TestApp): Promise<string> {
  const h = createHash('sha256');
  for (const table of TABLES) {
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(t.database.db);
    const lines = rows.rows.map((r) => JSON.stringify(Object.entries(r).sort(([a], [b]) => a.localeCompare(b)))).sort();
    h.update(`${table}:${lines.join('\n')}\n`);
  }
  return h.digest('hex');
}

const junk = fc.oneof(
  fc.anything({ maxDepth: 2 }),
  fc.string({ maxLength: 40 }),
  fc.double(),
  fc.integer(),
  fc.constantFrom(null, true, -1, 1e308, '', '2026-02-30T10:00:00Z', '9'.repeat(400), '<script>', '../../etc/passwd', '\u0000', 'NaN'),
  // NUL characters inside otherwise ordinary text (PostgreSQL cannot store them).
  fc.string({ maxLength: 12 }).map((s) => `${s}\u0000${s}`),
  // Ids in upper case.
  fc.uuid().map((u) => u.toUpperCase()),
);
const segment = fc.oneof(
  fc.uuid().map((u) => u),
  fc.uuid().map((u) => u.toUpperCase()),
  fc.string({ maxLength: 30 }).map((s) => encodeURIComponent(s) || 'x'),
  fc.constant('..'),
  fc.constant('%00'),
);

describe.each(databases())('fuzzing the API on $name', (dbCase) => {
  let t: TestApp;
  let owner: Member;
  let ops: Operation[];
  beforeAll(async () => {
    t = await makeApp(dbCase);
    owner = await signUp(t.app);
    const call = caller(t.app, owner.cookie);
    await call('POST', `/api/households/${owner.hid}/babies`, { name: 'Ada' });
    await call('PUT', `/api/households/${owner.hid}/sessions/${randomUUID()}`, { kind: 'bottle', startedAt: '2026-01-15T10:00:00Z', endedAt: '2026-01-15T10:10:00Z', volumeMl: 90, milkType: 'breast' });
    ops = operations((await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json());
  }, 60_000);
  afterAll(async () => t.close());

  it('finds the routes to fuzz', () => {
    expect(ops.length).toBeGreaterThanOrEqual(20);
  });

  it('never answers 5xx, always with the error shape, and a refused request changes no stored data', async () => {
    // Some generated inputs are valid (any short string is a fine baby name) and may write; every
    // refused write must leave the stored data exactly as it was.
    let last = await digest(t);
    const problems: string[] = [];
    let sent = 0;
    let refusedWrites = 0;
    for (const op of ops.filter((o) => !STATEFUL.has(`${o.method} ${o.path}`))) {
      await fc.assert(
        fc.asyncProperty(
          segment,
          segment,
          fc.oneof(
            fc.dictionary(fc.constantFrom(...(op.bodyKeys.length ? op.bodyKeys : ['x'])), junk, { maxKeys: 6 }),
            fc.object({ maxDepth: 2 }),
            junk,
          ),
          fc.dictionary(fc.constantFrom(...(op.queryKeys.length ? op.queryKeys : ['q']), 'cursor', 'limit'), fc.string({ maxLength: 30 }), { maxKeys: 3 }),
          fc.boolean(),
          async (a, b, body, query, ownHousehold) => {
            const path = op.path
              .replace('{hid}', ownHousehold ? (a.length % 2 ? owner.hid.toUpperCase() : owner.hid) : a)
              .replace(/\{(id|bid|token)\}/g, () => b);
            const qs = new URLSearchParams(query).toString();
            const withBody = op.method !== 'GET' && op.method !== 'DELETE';
            const r = await t.app.inject({
              method: op.method,
              url: qs ? `${path}?${qs}` : path,
              headers: { cookie: owner.cookie, 'content-type': 'application/json' },
              ...(withBody ? { payload: JSON.stringify(body) ?? 'null' } : {}),
            });
            sent += 1;
            if (withBody || op.method === 'DELETE') {
              const now = await digest(t);
              if (r.statusCode >= 400) {
                refusedWrites += 1;
                if (now !== last) problems.push(`${op.method} ${path} → ${r.statusCode} but stored data changed; body=${JSON.stringify(body)?.slice(0, 120)}`);
              }
              last = now;
            }
            if (r.statusCode >= 500) problems.push(`${op.method} ${path}?${qs} → ${r.statusCode} ${r.body.slice(0, 120)} body=${JSON.stringify(body)?.slice(0, 120)}`);
            else if (r.statusCode >= 400) {
              const j = r.json() as { error?: unknown; message?: unknown };
              if (typeof j.error !== 'string' || typeof j.message !== 'string') problems.push(`${op.method} ${path} → ${r.statusCode} without the error shape: ${r.body.slice(0, 120)}`);
            }
          },
        ),
        { numRuns: RUNS, seed: 20261123 },
      );
    }
    expect(problems).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(1000);
    expect(refusedWrites).toBeGreaterThanOrEqual(500);
    console.log(`fuzz (${dbCase.name}): ${sent} requests over ${ops.length} operations, ${refusedWrites} refused writes checked for no change`);
  }, 300_000);

  it('answers what the framework refuses (bad addresses, long parameters, bad JSON, wrong types, large bodies) in the error shape, never 5xx', async () => {
    const problems: string[] = [];
    const hid = owner.hid;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.constantFrom(`/api/households/${hid}/sessions/%E0%A4%A`, `/api/households/%/babies`, `/api/households/${'a'.repeat(500)}/sessions`, `/api/invites/${'x'.repeat(400)}`, `/api/households/${hid}/sessions/${'%FF'.repeat(30)}`),
          fc.string({ maxLength: 20 }).map((s) => `/api/households/${hid}/sessions/${s.replace(/[?#]/g, '')}%`),
        ),
        fc.constantFrom('GET', 'PUT', 'POST', 'DELETE', 'PATCH'),
        fc.oneof(
          fc.constant({ type: 'application/json', body: '{"kind": ' }),
          fc.constant({ type: 'application/json', body: 'null' }),
          fc.constant({ type: 'text/plain', body: 'hello' }),
          fc.constant({ type: 'application/xml', body: '<a/>' }),
          fc.constant({ type: 'application/json', body: `{"notes":"${'x'.repeat(300_000)}"}` }),
          fc.string({ maxLength: 40 }).map((body) => ({ type: 'application/json', body })),
        ),
        async (url, method, { type, body }) => {
          const r = await t.app.inject({ method: method as Method, url, headers: { cookie: owner.cookie, 'content-type': type }, ...(method === 'GET' || method === 'DELETE' ? {} : { payload: body }) });
          if (r.statusCode >= 500) problems.push(`${method} ${url.slice(0, 80)} ${type} → ${r.statusCode}`);
          else if (r.statusCode >= 400) {
            const j = r.json() as { error?: unknown; message?: unknown };
            if (typeof j.error !== 'string' || typeof j.message !== 'string') problems.push(`${method} ${url.slice(0, 80)} → ${r.statusCode} without the error shape: ${r.body.slice(0, 120)}`);
          }
        },
      ),
      { numRuns: RUNS, seed: 20261203 },
    );
    expect(problems).toEqual([]);
  }, 120_000);

  it('never answers 5xx on sign-up, sign-in and sign-out with junk', async () => {
    for (const path of ['/api/auth/signup', '/api/auth/login', '/api/auth/logout']) {
      await fc.assert(
        fc.asyncProperty(fc.oneof(fc.dictionary(fc.constantFrom('email', 'password'), junk), junk), async (body) => {
          const r = await t.app.inject({ method: 'POST', url: path, headers: { 'content-type': 'application/json' }, payload: JSON.stringify(body) ?? 'null' });
          expect(r.statusCode, `${path} ${JSON.stringify(body)}`).toBeLessThan(500);
        }),
        { numRuns: RUNS, seed: 20261123 },
      );
    }
  }, 120_000);
});
