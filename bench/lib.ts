/** Helpers for the benchmarks: child servers on 127.0.0.1 and bounded autocannon runs. */
import { type ChildProcess, spawn } from 'node:child_process';
import autocannon from 'autocannon';

const children = new Set<ChildProcess>();
// A failed run must not leave servers behind.
process.on('exit', () => {
  for (const c of children) c.kill('SIGKILL');
});

export interface Child {
  url: string;
  proc: ChildProcess;
  startMs: number;
  stop(): Promise<void>;
}

/** Spawns a server and resolves when it prints its URL. */
export function spawnServer(args: string[], env: Record<string, string>, match: RegExp): Promise<Child> {
  const t0 = performance.now();
  const proc = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  children.add(proc);
  proc.once('exit', () => children.delete(proc));
  return new Promise((resolve, reject) => {
    let buf = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${buf}`)), 30_000);
    proc.stdout?.on('data', (d: Buffer) => {
      buf += d.toString();
      const m = match.exec(buf);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve({
          url: m[1],
          proc,
          startMs: performance.now() - t0,
          stop: () =>
            new Promise((r) => {
              proc.once('exit', () => r());
              proc.kill('SIGTERM');
            }),
        });
      }
    });
    proc.once('exit', (code) => reject(new Error(`server exited (${code}): ${buf}`)));
  });
}

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

export async function load(opts: autocannon.Options): Promise<LoadResult> {
  const r = await autocannon({ connections: 50, duration: 10, ...opts });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors, non2xx: r.non2xx };
}

export function row(name: string, r: LoadResult): string {
  return `${name.padEnd(34)} ${r.rps.toFixed(0).padStart(8)} req/s   p50 ${String(r.p50).padStart(3)} ms   p99 ${String(r.p99).padStart(3)} ms   errors ${r.errors}   non-2xx ${r.non2xx}`;
}

/** The body of the i-th log-a-session PUT the benches send: a pump that ended 40 minutes ago (i ms apart). */
export const pumpBody = (i: number): string =>
  JSON.stringify({
    kind: 'pump',
    startedAt: new Date(Date.now() - 3_600_000 - i).toISOString(),
    endedAt: new Date(Date.now() - 2_400_000 - i).toISOString(),
    leftMl: 60,
    rightMl: 72,
    notes: '',
  });
