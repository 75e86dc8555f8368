/**
 * npm run bench:web-size — builds the web app and measures what the home screen loads first:
 * index.html's scripts, their static imports, and CSS, gzipped. Budget: JS ≤ 60 KB gzipped.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = 'dist/web';
if (process.argv[2] !== '--no-build') execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
const html = readFileSync(join(root, 'index.html'), 'utf8');
const refs = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1] as string);
const seen = new Set<string>();
const queue = [...refs];
while (queue.length) {
  const f = queue.shift() as string;
  if (seen.has(f)) continue;
  seen.add(f);
  if (!f.endsWith('.js')) continue;
  const src = readFileSync(join(root, f), 'utf8');
  // Static imports only (dynamic import() chunks load later, on their screens).
  for (const m of src.matchAll(/(?:^|[;\n])\s*import\s*(?:[\w$*{}\s,]+from\s*)?["']\.\/([^"']+\.js)["']/g)) queue.push(`assets/${m[1]}`);
  for (const m of src.matchAll(/\bfrom\s*["']\.\/([^"']+\.js)["']/g)) queue.push(`assets/${m[1]}`);
}
let js = 0;
let css = 0;
for (const f of seen) {
  const gz = gzipSync(readFileSync(join(root, f))).length;
  if (f.endsWith('.js')) js += gz;
  else css += gz;
  console.log(`${(gz / 1024).toFixed(1).padStart(6)} KB gz  ${f}`);
}
const htmlGz = gzipSync(html).length;
console.log(`first-load JavaScript: ${(js / 1024).toFixed(1)} KB gzipped (budget 60 KB: ${((js / 1024 / 60) * 100).toFixed(0)}% of it)`);
console.log(`first-load CSS: ${(css / 1024).toFixed(1)} KB gzipped; index.html ${(htmlGz / 1024).toFixed(1)} KB gzipped`);
