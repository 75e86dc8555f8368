/** The one error boundary: every failure leaves as `{error, code, message, fields?, fieldCodes?, fieldParams?}`. */
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isFieldCode, type FieldIssue } from '../domain/error-codes.js';
import { AppError, errorBody, fieldIssue, type FieldIssues } from '../errors.js';

function fieldPath(context: string | undefined, instancePath: string): string {
  const path = instancePath.replace(/^\//, '').split('/').filter(Boolean).join('.');
  if (path) return path;
  return context === 'body' || context === undefined ? 'body' : context;
}

interface SchemaIssue {
  keyword: string;
  instancePath: string;
  message?: string;
  params: Record<string, unknown>;
}

/** The value a request sent at a schema path ("/massage/minutes"), or undefined when it sent none. */
function sentAt(input: unknown, instancePath: string): unknown {
  let cur = input;
  for (const key of instancePath.split('/').filter(Boolean)) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

/** A zod issue as a field code, with the numbers its sentence needs; `input` is what was sent. */
export function schemaIssue(issue: SchemaIssue, input: unknown): FieldIssue {
  const p = issue.params;
  const message = issue.message ?? 'is not valid';
  const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : undefined);
  switch (issue.keyword) {
    case 'invalid_type':
      if (sentAt(input, issue.instancePath) === undefined) return fieldIssue('required', 'is required');
      return fieldIssue(p.expected === 'int' ? 'not_whole' : 'invalid', message);
    case 'too_small': {
      const min = num(p.minimum);
      if (p.origin === 'string') return min === 1 ? fieldIssue('required', message) : fieldIssue('too_short', message, min === undefined ? undefined : { min });
      if (p.origin === 'number' && min === 0) return fieldIssue('negative', message, { min });
      return fieldIssue('too_small', message, min === undefined ? undefined : { min });
    }
    case 'too_big': {
      const max = num(p.maximum);
      return fieldIssue(p.origin === 'string' ? 'too_long' : 'too_big', message, max === undefined ? undefined : { max });
    }
    case 'invalid_format':
      return fieldIssue(p.format === 'email' ? 'invalid_email' : 'invalid', message);
    case 'invalid_value':
      return fieldIssue('invalid_choice', message);
    case 'unrecognized_keys':
      return fieldIssue('unknown_field', `unknown field(s): ${String((p.keys as string[] | undefined) ?? [])}`);
    case 'custom': {
      const code = (p.params as { code?: unknown } | undefined)?.code;
      return fieldIssue(typeof code === 'string' && isFieldCode(code) ? code : 'invalid', message);
    }
    default:
      return fieldIssue('invalid', message);
  }
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof AppError) {
      return reply.code(err.status).send({ ...errorBody(err.code, err.message, err.fields), ...err.extra });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const fields: FieldIssues = {};
      const sent = err.validationContext === 'querystring' ? request.query : err.validationContext === 'params' ? request.params : err.validationContext === 'headers' ? request.headers : request.body;
      for (const issue of err.validation) fields[fieldPath(err.validationContext, issue.instancePath)] ??= schemaIssue(issue, sent);
      return reply.code(400).send(errorBody('invalid_fields', 'Some fields are not valid', fields));
    }
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return reply.code(413).send(errorBody('body_too_large', 'The request body is too large', { body: fieldIssue('too_large', 'is too large') }));
    }
    if (err.statusCode === 429) {
      return reply.code(429).send(errorBody('rate_limited', 'Too many attempts; wait a minute and try again'));
    }
    if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return reply.code(415).send(errorBody('unsupported_media_type', 'Send JSON with content-type: application/json'));
    }
    if (err.statusCode !== undefined && err.statusCode >= 400 && err.statusCode < 500) {
      // Malformed JSON, an empty JSON body and the like.
      return reply.code(400).send(errorBody('invalid_json', err.message, { body: fieldIssue('invalid_json', 'is not valid JSON') }));
    }
    // Never the error object itself: a database error's detail can hold the row it failed on.
    request.log.error(
      { errName: err.name, errCode: err.code, errMessage: err.message.slice(0, 300), stack: err.stack?.split('\n').slice(1, 6).join('\n'), method: request.method, route: request.routeOptions.url },
      'request failed',
    );
    return reply.code(500).send(errorBody('internal', 'Something went wrong on the server'));
  });
}
