/**
 * What the home screen loads first, read from the build: index.html's scripts and styles and the
 * scripts they import statically (dynamic import() chunks load later, on their screens), gzipped.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FirstLoad {
  /** Each file with its gzipped size in bytes, in load order. */
  files: { file: string; gzip: number }[];
  jsGzip: number;
  cssGzip: number;
  htmlGzip: number;
}

export function measureFirstLoad(root = 'dist/web'): FirstLoad {
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
    for (const m of src.matchAll(/(?:^|[;\n])\s*import\s*(?:[\w$*{}\s,]+from\s*)?["']\.\/([^"']+\.js)["']/g)) queue.push(`assets/${m[1]}`);
    for (const m of src.matchAll(/\bfrom\s*["']\.\/([^"']+\.js)["']/g)) queue.push(`assets/${m[1]}`);
  }
  const files = [...seen].map((file) => ({ file, gzip: gzipSync(readFileSync(join(root, file))).length }));
  const sum = (ext: string) => files.filter((f) => f.file.endsWith(ext)).reduce((a, f) => a + f.gzip, 0);
  return { files, jsGzip: sum('.js'), cssGzip: sum('.css'), htmlGzip: gzipSync(html).length };
}
