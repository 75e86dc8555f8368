import { describe, expect, it } from 'vitest';
import { ERROR_CODES, FIELD_CODES } from '../src/domain/error-codes.js';
import enCore from './i18n/en.json' with { type: 'json' };
import enScreens from './i18n/en-screens.json' with { type: 'json' };
import esCore from './i18n/es.json' with { type: 'json' };
import esScreens from './i18n/es-screens.json' with { type: 'json' };

function keys(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

function placeholders(s: string): string[] {
  return [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();
}

function lookup(o: object, key: string): string {
  let cur: unknown = o;
  for (const part of key.split('.')) cur = (cur as Record<string, unknown>)[part];
  return String(cur);
}

/** The two parts merged, as i18next holds them. */
function merged(a: object, b: object): object {
  const out: Record<string, unknown> = { ...(a as Record<string, unknown>) };
  for (const [k, v] of Object.entries(b)) out[k] = typeof v === 'object' && v !== null && typeof out[k] === 'object' ? merged(out[k] as object, v as object) : v;
  return out;
}

const en = merged(enCore, enScreens);
const es = merged(esCore, esScreens);

describe('translation catalogues', () => {
  it('have the same keys in English and Spanish, in the same part', () => {
    expect(keys(esCore).sort()).toEqual(keys(enCore).sort());
    expect(keys(esScreens).sort()).toEqual(keys(enScreens).sort());
  });

  it('never say the same key in both parts', () => {
    const core = new Set(keys(enCore));
    expect(keys(enScreens).filter((k) => core.has(k))).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    for (const k of keys(en)) expect(placeholders(lookup(es, k)), k).toEqual(placeholders(lookup(en, k)));
  });
});

/** What the server can say; every code must read as a sentence in every language (web/errors.ts). */
describe('error code sentences', () => {
  const has = (o: object, key: string): boolean => typeof key.split('.').reduce<unknown>((cur, k) => (cur as Record<string, unknown> | undefined)?.[k], o) === 'string';

  it.each([
    ['English', enCore],
    ['Spanish', esCore],
  ])('cover every error code in %s, in the shell catalogue', (_, catalogue) => {
    expect(ERROR_CODES.filter((c) => !has(catalogue, `errors.code.${c}`))).toEqual([]);
  });

  it.each([
    ['English', enScreens],
    ['Spanish', esScreens],
  ])('cover every field code in %s', (_, catalogue) => {
    expect(FIELD_CODES.filter((c) => !has(catalogue, `fieldErrors.${c}`))).toEqual([]);
  });

  it('name only the numbers a field code carries', () => {
    for (const c of FIELD_CODES) for (const p of placeholders(lookup(en, `fieldErrors.${c}`))) expect(['min', 'max'], c).toContain(p);
  });

  it('hold no sentence for a code the server no longer sends', () => {
    expect(keys((en as { errors: { code: object } }).errors.code).filter((k) => !(ERROR_CODES as readonly string[]).includes(k))).toEqual([]);
    expect(keys((en as { fieldErrors: object }).fieldErrors).filter((k) => !(FIELD_CODES as readonly string[]).includes(k))).toEqual([]);
  });
});
