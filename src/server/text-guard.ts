/**
 * Text with a NUL character is refused before any route sees it: PostgreSQL cannot store one in a
 * text column (it would be a 500 there, and a different answer on SQLite). One check for every
 * route's body, query and path, naming each field that holds one.
 */
import type { FastifyInstance } from 'fastify';
import { badRequest, fieldIssue } from '../errors.js';

const NUL = '\u0000';

/** Paths ("notes", "segments.0.side", "query.q") of every string or key holding a NUL character. */
export function nulFields(value: unknown, path: string, out: string[] = [], depth = 0): string[] {
  if (typeof value === 'string') {
    if (value.includes(NUL)) out.push(path);
  } else if (typeof value === 'object' && value !== null && depth < 64) {
    for (const [k, v] of Object.entries(value)) {
      const at = path ? `${path}.${k}` : k;
      if (k.includes(NUL)) out.push(at);
      else nulFields(v, at, out, depth + 1);
    }
  }
  return out;
}

export function registerTextGuard(app: FastifyInstance): void {
  app.addHook('preValidation', (request, _reply, done) => {
    const fields = [...nulFields(request.params, ''), ...nulFields(request.query, ''), ...nulFields(request.body, '')];
    if (fields.length === 0) return done();
    done(badRequest(Object.fromEntries(fields.slice(0, 20).map((f) => [f || 'body', fieldIssue('invalid_text', 'must not contain NUL characters')]))));
  });
}
