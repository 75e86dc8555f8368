/**
 * The stable codes of every failure the API reports, beside its English message. Clients translate
 * the codes (the web app has a sentence for each in every language, and a test says so); the
 * English stays for people reading the API. A code, once published, keeps its meaning.
 */

/** What went wrong, for the whole request. Each belongs to one HTTP status (see `ERROR_STATUS`). */
export const ERROR_CODES = [
  'invalid_fields',
  'invalid_json',
  'invalid_request',
  'sign_in_required',
  'wrong_credentials',
  'role_forbidden',
  'cross_site',
  'owner_access',
  'own_access',
  'not_found',
  'household_not_found',
  'invite_invalid',
  'email_taken',
  'already_member',
  'version_conflict',
  'id_taken',
  'not_author',
  'parent_gone',
  'write_race',
  'request_timeout',
  'body_too_large',
  'uri_too_long',
  'headers_too_large',
  'unsupported_media_type',
  'rate_limited',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The HTTP status and broad category (`error` in the body) of each code. */
export const ERROR_STATUS: Record<ErrorCode, { status: number; category: string }> = {
  invalid_fields: { status: 400, category: 'bad_request' },
  invalid_json: { status: 400, category: 'bad_request' },
  invalid_request: { status: 400, category: 'bad_request' },
  sign_in_required: { status: 401, category: 'unauthorized' },
  wrong_credentials: { status: 401, category: 'unauthorized' },
  role_forbidden: { status: 403, category: 'forbidden' },
  cross_site: { status: 403, category: 'forbidden' },
  owner_access: { status: 403, category: 'forbidden' },
  own_access: { status: 403, category: 'forbidden' },
  not_found: { status: 404, category: 'not_found' },
  household_not_found: { status: 404, category: 'not_found' },
  invite_invalid: { status: 404, category: 'not_found' },
  email_taken: { status: 409, category: 'conflict' },
  already_member: { status: 409, category: 'conflict' },
  version_conflict: { status: 409, category: 'conflict' },
  id_taken: { status: 409, category: 'conflict' },
  not_author: { status: 403, category: 'forbidden' },
  parent_gone: { status: 404, category: 'not_found' },
  write_race: { status: 409, category: 'conflict' },
  request_timeout: { status: 408, category: 'request_timeout' },
  body_too_large: { status: 413, category: 'payload_too_large' },
  uri_too_long: { status: 414, category: 'uri_too_long' },
  headers_too_large: { status: 431, category: 'headers_too_large' },
  unsupported_media_type: { status: 415, category: 'unsupported_media_type' },
  rate_limited: { status: 429, category: 'too_many_requests' },
  internal: { status: 500, category: 'internal' },
};

/** Why one field is not valid. Some carry numbers (`min`, `max`) in `fieldParams`. */
export const FIELD_CODES = [
  // Shapes and ranges, from the request schemas.
  'required',
  'invalid',
  'too_small',
  'too_big',
  'negative',
  'out_of_range',
  'not_whole',
  'too_short',
  'too_long',
  'invalid_email',
  'invalid_date',
  'invalid_choice',
  'unknown_field',
  'invalid_json',
  'too_large',
  'invalid_text',
  // Accounts.
  'common_password',
  'email_taken',
  'wrong_password',
  'same_password',
  'confirm_mismatch',
  // The log.
  'in_future',
  'in_past',
  'end_before_start',
  'session_too_long',
  'not_for_kind',
  'side_volume_needed',
  'massager_needed',
  'segment_order',
  'segment_running',
  'unknown_routine',
  'unknown_baby',
  'unknown_session',
  // Queries and sharing.
  'invalid_cursor',
  'before_from',
  'range_too_long',
  'both_or_neither',
  'consultant_only',
  'invite_used',
  'birth_weight_exists',
] as const;
export type FieldCode = (typeof FIELD_CODES)[number];

/** Numbers a field code's sentence may use ("at most {{max}}"). */
export type FieldParams = Partial<Record<'min' | 'max', number>>;

/** One bad field: its code, the English reason, and the numbers the reason names. */
export interface FieldIssue {
  code: FieldCode;
  message: string;
  params?: FieldParams;
}

export function fieldIssue(code: FieldCode, message: string, params?: FieldParams): FieldIssue {
  return params ? { code, message, params } : { code, message };
}

export function isErrorCode(s: string): s is ErrorCode {
  return (ERROR_CODES as readonly string[]).includes(s);
}

export function isFieldCode(s: string): s is FieldCode {
  return (FIELD_CODES as readonly string[]).includes(s);
}
