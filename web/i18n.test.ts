import { describe, expect, it } from 'vitest';
import en from './i18n/en.json' with { type: 'json' };
import es from './i18n/es.json' with { type: 'json' };

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

describe('translation catalogues', () => {
  it('have the same keys in English and Spanish', () => {
    expect(keys(es).sort()).toEqual(keys(en).sort());
  });

  it('use the same placeholders in both languages', () => {
    for (const k of keys(en)) expect(placeholders(lookup(es, k)), k).toEqual(placeholders(lookup(en, k)));
  });
});
