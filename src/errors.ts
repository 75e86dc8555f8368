/**
 * The one error type. Services throw it; the HTTP boundary turns it into
 * `{error, code, message, fields?, fieldCodes?, fieldParams?}`: `error` is the broad category,
 * `code` and `fieldCodes` are stable codes a client translates (src/domain/error-codes.ts).
 */
import { ERROR_STATUS, fieldIssue, type ErrorCode, type FieldCode, type FieldIssue, type FieldParams } from './domain/error-codes.js';

export type { ErrorCode, FieldCode, FieldIssue };
export { fieldIssue };

/** Field path ("leftMl", "massage.minutes") → what is wrong with it. */
export type FieldIssues = Record<string, FieldIssue>;

export class AppError extends Error {
  readonly status: number;
  /** The broad category, e.g. `bad_request`. */
  readonly category: string;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldIssues,
    /** Extra body properties (e.g. the current record on a conflict). */
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
    this.status = ERROR_STATUS[code].status;
    this.category = ERROR_STATUS[code].category;
  }
}

export function badRequest(fields: FieldIssues, message = 'Some fields are not valid'): AppError {
  return new AppError('invalid_fields', message, fields);
}

/** A 400 naming one field. */
export function badField(field: string, code: FieldCode, message: string, params?: FieldParams): AppError {
  return badRequest({ [field]: fieldIssue(code, message, params) });
}

export function notFound(what = 'record'): AppError {
  return new AppError('not_found', `No such ${what}`);
}

/** The body of an error answer. */
export interface ErrorAnswer {
  error: string;
  code: ErrorCode;
  message: string;
  fields?: Record<string, string>;
  fieldCodes?: Record<string, FieldCode>;
  fieldParams?: Record<string, FieldParams>;
}

export function errorAnswer(code: ErrorCode, message: string, fields?: FieldIssues): ErrorAnswer {
  const body: ErrorAnswer = { error: ERROR_STATUS[code].category, code, message };
  if (fields && Object.keys(fields).length > 0) {
    body.fields = {};
    body.fieldCodes = {};
    for (const [path, f] of Object.entries(fields)) {
      body.fields[path] = f.message;
      body.fieldCodes[path] = f.code;
      if (f.params) (body.fieldParams ??= {})[path] = f.params;
    }
  }
  return body;
}
