/** The one error type. Services throw it; the HTTP boundary turns it into `{error, message, fields?}`. */

export type ErrorCode =
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'request_timeout'
  | 'payload_too_large'
  | 'uri_too_long'
  | 'too_many_requests'
  | 'headers_too_large'
  | 'internal';

const STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  request_timeout: 408,
  payload_too_large: 413,
  uri_too_long: 414,
  too_many_requests: 429,
  headers_too_large: 431,
  internal: 500,
};

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Field path → why it is wrong. */
    readonly fields?: Record<string, string>,
    /** Extra body properties (e.g. the current record on a conflict). */
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
    this.status = STATUS[code];
  }
}

export function badRequest(fields: Record<string, string>, message = 'Some fields are not valid'): AppError {
  return new AppError('bad_request', message, fields);
}

export function notFound(what = 'record'): AppError {
  return new AppError('not_found', `No such ${what}`);
}
