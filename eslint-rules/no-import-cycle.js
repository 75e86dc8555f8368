/**
 * lactea/no-import-cycle: no module may reach itself through relative imports — type-only imports
 * included, since a cycle of types still ties the modules into one knot that must be read, tested
 * and split as one (eslint-plugin-import-x's no-cycle skips type imports, which is how the web
 * client's api ↔ sync ↔ insights-api knot grew). Imports are read from the files themselves; a
 * `.js` specifier names the `.ts`/`.tsx` file beside it, as TypeScript resolves it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

const IMPORT = /^\s*(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?['"](\.{1,2}\/[^'"]+)['"]/gm;

/** Per lint run: each file's imports, by the file's modification time. */
const cache = new Map();

function resolveSpecifier(from, spec) {
  const base = resolve(dirname(from), spec);
  const stem = base.replace(/\.(js|jsx|mjs)$/, '');
  for (const candidate of [`${stem}.ts`, `${stem}.tsx`, base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

function importsOf(file) {
  let mtime;
  try {
    mtime = statSync(file).mtimeMs;
  } catch {
    return [];
  }
  const hit = cache.get(file);
  if (hit && hit.mtime === mtime) return hit.deps;
  const text = readFileSync(file, 'utf8');
  const deps = new Set();
  // Lazy imports (`import('./x.js')`) are how screens split the bundle; they are not static ties.
  for (const m of text.matchAll(IMPORT)) {
    const target = resolveSpecifier(file, m[1]);
    if (target) deps.add(target);
  }
  const list = [...deps];
  cache.set(file, { mtime, deps: list });
  return list;
}

/** The shortest path of imports from `start` back to `start`, or null. */
function cycleThrough(start) {
  const previous = new Map([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.shift();
    for (const next of importsOf(file)) {
      if (next === start) {
        const path = [start];
        for (let f = file; f !== start; f = previous.get(f)) path.splice(1, 0, f);
        return path;
      }
      if (!previous.has(next)) {
        previous.set(next, file);
        queue.push(next);
      }
    }
  }
  return null;
}

export default {
  meta: { type: 'problem', docs: { description: 'Disallow import cycles, type-only imports included' }, schema: [] },
  create(context) {
    const file = context.filename;
    return {
      Program(node) {
        const cycle = cycleThrough(file);
        if (!cycle) return;
        const cwd = context.cwd;
        context.report({ node, message: `Import cycle: ${[...cycle, file].map((f) => relative(cwd, f)).join(' → ')}` });
      },
    };
  },
};
