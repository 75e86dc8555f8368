/** The one error boundary: every failure leaves as `{error, code, message, fields?, fieldCodes?, fieldParams?}`. */
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { databaseRefusal } from '../db/errors.js';
import { isFieldCode, type FieldIssue } from '../domain/error-codes.js';
import { AppError, errorAnswer, fieldIssue, type ErrorAnswer, type FieldIssues } from '../errors.js';

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
      return reply.code(err.status).send({ ...bodyOf(err), ...err.extra });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const fields: FieldIssues = {};
      const sent = err.validationContext === 'querystring' ? request.query : err.validationContext === 'params' ? request.params : err.validationContext === 'headers' ? request.headers : request.body;
      for (const issue of err.validation) fields[fieldPath(err.validationContext, issue.instancePath)] ??= schemaIssue(issue, sent);
      return reply.code(400).send(errorAnswer('invalid_fields', 'Some fields are not valid', fields));
    }
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return reply.code(413).send(errorAnswer('body_too_large', 'The request body is too large', { body: fieldIssue('too_large', 'is too large') }));
    }
    if (err.statusCode === 429) {
      return reply.code(429).send(errorAnswer('rate_limited', 'Too many attempts; wait a minute and try again'));
    }
    if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return reply.code(415).send(errorAnswer('unsupported_media_type', 'Send JSON with content-type: application/json'));
    }
    if (err.statusCode !== undefined && err.statusCode >= 400 && err.statusCode < 500) {
      // Malformed JSON, an empty JSON body and the like.
      return reply.code(400).send(errorAnswer('invalid_json', err.message, { body: fieldIssue('invalid_json', 'is not valid JSON') }));
    }
    const refusal = databaseRefusal(err);
    if (refusal) {
      // A write that raced another: what it belongs to was deleted meanwhile, or the row was made meanwhile.
      const e =
        refusal === 'foreign-key'
          ? new AppError('parent_gone', 'What this belongs to no longer exists')
          : refusal === 'unique'
            ? new AppError('write_race', 'This was saved by another request at the same moment; read it again')
            : new AppError('invalid_fields', 'Some text cannot be stored', { body: fieldIssue('invalid_text', 'must not contain NUL characters') });
      return reply.code(e.status).send(bodyOf(e));
    }
    // Never the error object itself: a database error's detail can hold the row it failed on.
    request.log.error(
      { errName: err.name, errCode: err.code, errMessage: err.message.slice(0, 300), stack: err.stack?.split('\n').slice(1, 6).join('\n'), method: request.method, route: request.routeOptions.url },
      'request failed',
    );
    return reply.code(500).send(errorAnswer('internal', 'Something went wrong on the server'));
  });
}

/** The body of an AppError, as every answer of ours carries it. */
function bodyOf(err: AppError): ErrorAnswer {
  return errorAnswer(err.code, err.message, err.fields);
}

/**
 * Fastify's `frameworkErrors`: what its router refuses before any route runs (a URL that cannot be
 * decoded, a path parameter over the length limit) gets the one error shape too.
 */
export function frameworkErrors(err: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const e =
    err.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? new AppError('uri_too_long', 'The address is too long', { path: fieldIssue('too_long', 'is too long') })
      : new AppError('invalid_request', 'The address is not valid', { path: fieldIssue('invalid', 'is not a valid address') });
  void reply.code(e.status).type('application/json').send(JSON.stringify(bodyOf(e)));
}

/**
 * Fastify's `clientErrorHandler`: what Node's HTTP parser refuses (malformed requests, headers over
 * the size limit, a request not received in time) is answered on the socket, in the one error shape.
 */
export function clientErrorHandler(err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const e =
    err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? new AppError('request_timeout', 'The request took too long to arrive')
      : err.code === 'HPE_HEADER_OVERFLOW'
        ? new AppError('headers_too_large', 'The request headers are too large', { headers: fieldIssue('too_large', 'are too large') })
        : new AppError('invalid_request', 'The request is not valid HTTP');
  const body = JSON.stringify(bodyOf(e));
  if (socket.writable) {
    socket.write(`HTTP/1.1 ${e.status} ${STATUS_CODES[e.status]}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n${body}`);
  }
  socket.destroy(err);
}
