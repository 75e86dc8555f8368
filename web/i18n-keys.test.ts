/** Every literal key the web app asks for has a sentence: a typo or a removed key shows as the raw key. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import enCore from './i18n/en.json' with { type: 'json' };
import enScreens from './i18n/en-screens.json' with { type: 'json' };

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'i18n' ? [] : files(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

function has(o: unknown, key: string): boolean {
  let cur = o;
  for (const part of key.split('.')) {
    if (typeof cur !== 'object' || cur === null) return false;
    cur = (cur as Record<string, unknown>)[part];
  }
  // A plural key ("feeds") is there as "feeds_one" / "feeds_other".
  return typeof cur === 'string' || typeof cur === 'object';
}

function hasPlural(o: unknown, key: string): boolean {
  const i = key.lastIndexOf('.');
  const parent = key.slice(0, i);
  const last = key.slice(i + 1);
  let cur = o;
  for (const part of parent.split('.')) cur = (cur as Record<string, unknown> | undefined)?.[part];
  return typeof cur === 'object' && cur !== null && `${last}_other` in cur;
}

describe('translation keys used in the code', () => {
  it('all exist in English (and so, by the catalogue test, in Spanish)', () => {
    const missing: string[] = [];
    for (const file of files('web')) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z][\w-]*(?:\.[\w-]+)+)'/g)) {
        const key = m[1] ?? '';
        if (!has(enCore, key) && !has(enScreens, key) && !hasPlural(enCore, key) && !hasPlural(enScreens, key)) missing.push(`${file}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
