/** The one error boundary: every failure leaves as `{error, message, fields?}`. */
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { databaseRefusal } from '../db/errors.js';
import { AppError } from '../errors.js';

function fieldPath(context: string | undefined, instancePath: string): string {
  const path = instancePath.replace(/^\//, '').split('/').filter(Boolean).join('.');
  if (path) return path;
  return context === 'body' || context === undefined ? 'body' : context;
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof AppError) {
      return reply.code(err.status).send({ error: err.code, message: err.message, ...(err.fields ? { fields: err.fields } : {}), ...err.extra });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const fields: Record<string, string> = {};
      for (const issue of err.validation) {
        const key = fieldPath(err.validationContext, issue.instancePath);
        const message = issue.keyword === 'unrecognized_keys' ? `unknown field(s): ${String((issue.params as { keys?: string[] }).keys ?? [])}` : issue.message;
        fields[key] ??= message ?? 'is not valid';
      }
      return reply.code(400).send({ error: 'bad_request', message: 'Some fields are not valid', fields });
    }
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return reply.code(413).send({ error: 'payload_too_large', message: 'The request body is too large', fields: { body: 'is too large' } });
    }
    if (err.statusCode === 429) {
      return reply.code(429).send({ error: 'too_many_requests', message: 'Too many attempts; wait a minute and try again' });
    }
    if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return reply.code(415).send({ error: 'unsupported_media_type', message: 'Send JSON with content-type: application/json' });
    }
    if (err.statusCode !== undefined && err.statusCode >= 400 && err.statusCode < 500) {
      // Malformed JSON, an empty JSON body and the like.
      return reply.code(400).send({ error: 'bad_request', message: err.message, fields: { body: 'is not valid JSON' } });
    }
    const refusal = databaseRefusal(err);
    if (refusal) {
      // A write that raced another: what it belongs to was deleted meanwhile, or the row was made meanwhile.
      const e =
        refusal === 'foreign-key'
          ? new AppError('not_found', 'What this belongs to no longer exists')
          : refusal === 'unique'
            ? new AppError('conflict', 'This was saved by another request at the same moment; read it again')
            : new AppError('bad_request', 'Some text cannot be stored', { body: 'must not contain NUL characters' });
      return reply.code(e.status).send({ error: e.code, message: e.message, ...(e.fields ? { fields: e.fields } : {}) });
    }
    // Never the error object itself: a database error's detail can hold the row it failed on.
    request.log.error(
      { errName: err.name, errCode: err.code, errMessage: err.message.slice(0, 300), stack: err.stack?.split('\n').slice(1, 6).join('\n'), method: request.method, route: request.routeOptions.url },
      'request failed',
    );
    return reply.code(500).send({ error: 'internal', message: 'Something went wrong on the server' });
  });
}

/** The body of an AppError, as every answer of ours carries it. */
function bodyOf(err: AppError): string {
  return JSON.stringify({ error: err.code, message: err.message, ...(err.fields ? { fields: err.fields } : {}) });
}

/**
 * Fastify's `frameworkErrors`: what its router refuses before any route runs (a URL that cannot be
 * decoded, a path parameter over the length limit) gets the one error shape too.
 */
export function frameworkErrors(err: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const e =
    err.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? new AppError('uri_too_long', 'The address is too long', { path: 'is too long' })
      : new AppError('bad_request', 'The address is not valid', { path: 'is not a valid address' });
  void reply.code(e.status).type('application/json').send(bodyOf(e));
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
        ? new AppError('headers_too_large', 'The request headers are too large', { headers: 'are too large' })
        : new AppError('bad_request', 'The request is not valid HTTP');
  const body = bodyOf(e);
  if (socket.writable) {
    socket.write(`HTTP/1.1 ${e.status} ${STATUS_CODES[e.status]}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n${body}`);
  }
  socket.destroy(err);
}
