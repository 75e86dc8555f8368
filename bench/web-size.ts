/**
 * npm run bench:web-size — builds the web app and measures what the home screen loads first:
 * index.html's scripts, their static imports, and CSS, gzipped. Budget: JS ≤ 60 KB gzipped.
 */
import { execFileSync } from 'node:child_process';
import { measureFirstLoad } from './first-load.js';

if (process.argv[2] !== '--no-build') execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
const { files, jsGzip, cssGzip, htmlGzip } = measureFirstLoad('dist/web');
for (const { file, gzip } of files) console.log(`${(gzip / 1024).toFixed(1).padStart(6)} KB gz  ${file}`);
console.log(`first-load JavaScript: ${(jsGzip / 1024).toFixed(1)} KB gzipped (budget 60 KB: ${((jsGzip / 1024 / 60) * 100).toFixed(0)}% of it)`);
console.log(`first-load CSS: ${(cssGzip / 1024).toFixed(1)} KB gzipped; index.html ${(htmlGzip / 1024).toFixed(1)} KB gzipped`);
