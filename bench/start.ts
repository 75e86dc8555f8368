/**
 * npm run bench:start — time from spawning `lactea serve` (fresh SQLite file, migrations included)
 * to the first 200 from /healthz, against a bare node:http server spawned the same way. Median of 5.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

async function timeToFirstResponse(args: string[], env: Record<string, string>, port: number): Promise<number> {
  const t0 = performance.now();
  const proc = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: 'ignore' });
  try {
    for (;;) {
      try {
        const r = await fetch(`http://127.0.0.1:${port}/healthz`);
        if (r.ok) return performance.now() - t0;
      } catch {
        // not listening yet
      }
      if (performance.now() - t0 > 20_000) throw new Error('server did not answer within 20 s');
      await new Promise((r) => setTimeout(r, 5));
    }
  } finally {
    proc.kill('SIGTERM');
    await new Promise((r) => proc.once('exit', r));
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const bare = `require('node:http').createServer((q, s) => s.end('ok')).listen(${3401}, '127.0.0.1')`;
const app: number[] = [];
const base: number[] = [];
for (let i = 0; i < 5; i++) {
  const dir = mkdtempSync(join(tmpdir(), 'lactea-start-'));
  try {
    base.push(await timeToFirstResponse(['-e', bare], {}, 3401));
    app.push(await timeToFirstResponse(['bin/lactea.js', 'serve'], { DATABASE_URL: join(dir, 'l.db'), LACTEA_PORT: '3402', LACTEA_LOG_LEVEL: 'warn' }, 3402));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
console.log(`bench:start — spawn to first 200, median of 5 (${process.env.npm_lifecycle_event ? 'npm' : 'direct'})`);
console.log(`baseline: bare node:http   ${median(base).toFixed(0)} ms`);
console.log(`Lactea serve (fresh db)    ${median(app).toFixed(0)} ms   (${(median(app) / median(base)).toFixed(1)}× baseline; target < 1000 ms)`);
