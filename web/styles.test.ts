/** The one stylesheet stays whole: an unclosed rule (easy to leave in a merge) silently drops every rule after it. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('styles.css', () => {
  it('closes every block it opens, in order', () => {
    const css = readFileSync('web/styles.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    let depth = 0;
    let line = 1;
    const problems: number[] = [];
    for (const ch of css) {
      if (ch === '\n') line += 1;
      else if (ch === '{') depth += 1;
      else if (ch === '}') depth -= 1;
      if (depth < 0) {
        problems.push(line);
        depth = 0;
      }
    }
    expect(problems).toEqual([]);
    expect(depth).toBe(0);
    // A rule's selector never starts inside another rule's declarations (a missing "}" does that).
    expect(css.match(/;\s*\n\s*[.#][\w-]+[^{};]*\{/g) ?? []).toEqual([]);
  });
});
