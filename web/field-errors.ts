/** Why each field of a refused request is wrong, in her language, from the server's stable field codes. */
import type { ApiError } from './api.js';
import { hasText, t } from './i18n.js';

/** Why one field is wrong, from its stable code (and the numbers it names), in her language. */
export function fieldText(code: string | undefined, params: { min?: number; max?: number } = {}): string {
  const key = `fieldErrors.${code ?? 'invalid'}`;
  return hasText(key) ? t(key, params) : t('fieldErrors.invalid');
}

/** The server's field errors, each in her language, by field path. */
export function fieldErrors(e: ApiError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const path of Object.keys(e.fields)) out[path] = fieldText(e.detail.fieldCodes?.[path], e.detail.fieldParams?.[path]);
  return out;
}
