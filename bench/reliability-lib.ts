/**
 * The reliability scenarios, shared by `npm run bench:reliability` (full size, prints figures) and
 * test/reliability.test.ts (small and bounded, fails on any 5xx or lost write). Every server is a
 * real `lactea serve` process on 127.0.0.1 (SQLite file or a PostgreSQL schema of its own); every
 * loop is bounded in count and time.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { pumpBody } from './lib.js';

const PW = 'a long enough password';

export interface Target {
  name: 'sqlite' | 'postgres';
  /** DATABASE_URL for the server. */
  url: string;
  /** Drops what the target made (a PostgreSQL schema). */
  cleanup(): Promise<void>;
}

/** A SQLite file, or a fresh schema in the PostgreSQL database at `pgUrl`. */
export async function makeTarget(kind: 'sqlite' | 'postgres', dir: string, pgUrl?: string): Promise<Target> {
  if (kind === 'sqlite') return { name: 'sqlite', url: `${dir}/reliability-${randomUUID()}.db`, cleanup: async () => {} };
  if (!pgUrl) throw new Error('no PostgreSQL URL');
  const schema = `rel_${randomUUID().replace(/-/g, '')}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const u = new URL(pgUrl);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return {
    name: 'postgres',
    url: u.toString(),
    cleanup: async () => {
      const c = new pg.Client({ connectionString: pgUrl });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
    },
  };
}

export interface Server {
  url: string;
  proc: ChildProcess;
  kill9(): Promise<void>;
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const p of running) p.kill('SIGKILL');
});

/** `lactea serve` from source (tests) or the built CLI (bench), on a free port. */
export function startServer(databaseUrl: string, cli: string[] = ['--import', 'tsx', 'src/cli/main.ts']): Promise<Server> {
  const proc = spawn(process.execPath, [...cli, 'serve'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, LACTEA_PORT: '0', LACTEA_LOG_LEVEL: 'warn', LACTEA_AUTH_RATE_LIMIT: '100000', LACTEA_WEB_ROOT: '/nonexistent' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  running.add(proc);
  const exited = new Promise<void>((r) => proc.once('exit', () => (running.delete(proc), r())));
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 60_000);
    proc.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /running at (http:\/\/\S+)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve({
          url: m[1],
          proc,
          kill9: async () => {
            proc.kill('SIGKILL');
            await exited;
          },
          stop: async () => {
            proc.kill('SIGTERM');
            await exited;
          },
        });
      }
    });
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}): ${out}`));
    });
  });
}

/** Counts answers by class, and latency. */
export class Tally {
  readonly status: Record<string, number> = {};
  readonly latencies: number[] = [];
  /** A few 5xx bodies and network errors, to say what went wrong. */
  readonly samples: string[] = [];
  /** The slowest request: what it was ("POST /api/auth/signup") and how long it took. */
  slowest = { what: '', ms: 0 };

  add(status: number | 'network', ms: number, what = '', body = ''): void {
    const key = String(status);
    this.status[key] = (this.status[key] ?? 0) + 1;
    this.latencies.push(ms);
    if (ms > this.slowest.ms) this.slowest = { what, ms };
    if ((status === 'network' || status >= 500) && this.samples.length < 5) this.samples.push(`${what} → ${status} ${body.slice(0, 160)}`);
  }

  get errors(): number {
    return Object.entries(this.status).reduce((n, [k, v]) => n + (k === 'network' || Number(k) >= 500 ? v : 0), 0);
  }

  get count(): number {
    return this.latencies.length;
  }

  percentile(p: number): number {
    const xs = [...this.latencies].sort((a, b) => a - b);
    return xs.length ? (xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] as number) : NaN;
  }

  get max(): number {
    return this.latencies.reduce((a, b) => Math.max(a, b), 0);
  }

  summary(): string {
    return `${this.count} requests, ${this.errors} errors (5xx or no answer), p50 ${this.percentile(50).toFixed(0)} ms, p99 ${this.percentile(99).toFixed(0)} ms, max ${this.max.toFixed(0)} ms${this.slowest.what ? ` (${this.slowest.what})` : ''}; statuses ${JSON.stringify(this.status)}`;
  }
}

/** One HTTP client with its cookie; every call is timed and tallied. */
export class Client {
  cookie = '';
  userId = '';
  hid = '';
  email = `rel-${randomUUID()}@example.org`;

  constructor(
    public base: string,
    readonly tally: Tally,
  ) {}

  async call(method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown; headers: Headers }> {
    const t0 = performance.now();
    try {
      const r = await fetch(`${this.base}${path}`, {
        method,
        headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(this.cookie ? { cookie: this.cookie } : {}) },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
        signal: AbortSignal.timeout(30_000),
      });
      const text = await r.text();
      this.tally.add(r.status, performance.now() - t0, `${method} ${path.replace(/[0-9a-f-]{36}/g, ':id')}`, text);
      let json: unknown = null;
      try {
        json = text ? JSON.parse(text) : null;
      } catch {
        json = null;
      }
      return { status: r.status, json, headers: r.headers };
    } catch (e) {
      this.tally.add('network', performance.now() - t0, `${method} ${path}`, String(e));
      return { status: 0, json: null, headers: new Headers() };
    }
  }

  async signUp(): Promise<boolean> {
    const r = await this.call('POST', '/api/auth/signup', { email: this.email, password: PW });
    if (r.status !== 201) return false;
    this.cookie = (r.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const j = r.json as { user: { id: string }; households: { id: string }[] };
    this.userId = j.user.id;
    this.hid = j.households[0]?.id ?? '';
    return true;
  }

  /** Logs a pump session under a new id; resolves with the id when the server acknowledged it. */
  async log(i: number): Promise<string | null> {
    const id = randomUUID();
    const r = await this.call('PUT', `/api/households/${this.hid}/sessions/${id}`, pumpBody(i));
    return r.status === 201 ? id : null;
  }
}

/** The same person, her calls counted in `tally`. */
function as(c: Client, tally: Tally): Client {
  return Object.assign(new Client(c.base, tally), { cookie: c.cookie, hid: c.hid, userId: c.userId, email: c.email });
}

export interface CrashResult {
  rounds: number;
  acknowledged: number;
  lost: number;
  serverErrors: number;
}

/**
 * Crash durability: `rounds` times, `clients` clients write concurrently until `writesPerRound`
 * were sent, and the server is killed with SIGKILL in the middle of it; after a restart, every
 * write that was acknowledged (201) must be there.
 */
export async function crashDurability(target: Target, opts: { rounds: number; writesPerRound: number; clients: number; cli?: string[] }): Promise<CrashResult> {
  const tally = new Tally();
  let server = await startServer(target.url, opts.cli);
  const writer = new Client(server.url, tally);
  if (!(await writer.signUp())) throw new Error('could not sign up');
  const acknowledged: string[] = [];
  let serverErrors = 0;
  for (let round = 0; round < opts.rounds; round++) {
    let sent = 0;
    const killAt = Math.floor(opts.writesPerRound * (0.4 + 0.4 * Math.random()));
    let killed: Promise<void> | null = null;
    const url = server.url;
    const kill = server.kill9;
    const worker = async () => {
      const c = as(Object.assign(writer, { base: url }), tally);
      while (sent < opts.writesPerRound) {
        const i = sent++;
        if (i === killAt) killed = kill();
        const id = await c.log(i);
        if (id) acknowledged.push(id);
      }
    };
    await Promise.all(Array.from({ length: opts.clients }, worker));
    await (killed ?? server.kill9());
    // What the dead server answered 5xx before it died counts too (not a connection cut).
    serverErrors += Object.entries(tally.status).reduce((n, [k, v]) => n + (Number(k) >= 500 ? v : 0), 0);
    for (const k of Object.keys(tally.status)) delete tally.status[k];
    server = await startServer(target.url, opts.cli);
  }
  // Every acknowledged write, read back by id after the last restart.
  const reader = as(Object.assign(writer, { base: server.url }), new Tally());
  let lost = 0;
  for (let i = 0; i < acknowledged.length; i += 20) {
    const batch = acknowledged.slice(i, i + 20);
    const found = await Promise.all(batch.map((id) => reader.call('GET', `/api/households/${writer.hid}/sessions/${id}`)));
    lost += found.filter((r) => r.status !== 200).length;
  }
  await server.stop();
  return { rounds: opts.rounds, acknowledged: acknowledged.length, lost, serverErrors };
}

export interface ConcurrencyResult {
  signUps: Tally;
  accepts: Tally;
  households: Tally;
  deletions: Tally;
  writes: Tally;
}

/** Sign-ups, invite acceptances, new households and account deletions, all at once next to session writes. */
export async function accountConcurrency(base: string, n: { signUps: number; accepts: number; households: number; deletions: number; writes: number }): Promise<ConcurrencyResult> {
  const r: ConcurrencyResult = { signUps: new Tally(), accepts: new Tally(), households: new Tally(), deletions: new Tally(), writes: new Tally() };
  const setup = new Tally();
  const owner = new Client(base, setup);
  if (!(await owner.signUp())) throw new Error('could not sign up');
  const tokens: string[] = [];
  for (let i = 0; i < n.accepts; i++) tokens.push(((await owner.call('POST', `/api/households/${owner.hid}/shares`, { role: i % 2 ? 'consultant' : 'caregiver' })).json as { token: string }).token);
  const guests = await Promise.all(tokens.map(async () => {
    const g = new Client(base, r.accepts);
    await g.signUp();
    return g;
  }));
  const doomed = await Promise.all(Array.from({ length: n.deletions }, async () => {
    const d = new Client(base, r.deletions);
    await d.signUp();
    return d;
  }));
  for (const t of [r.accepts, r.deletions]) {
    t.latencies.length = 0;
    for (const k of Object.keys(t.status)) delete t.status[k];
  }
  const writer = as(owner, r.writes);
  const houser = as(owner, r.households);
  await Promise.all([
    ...Array.from({ length: n.signUps }, () => new Client(base, r.signUps).signUp()),
    ...guests.map((g, i) => g.call('POST', `/api/invites/${tokens[i]}/accept`)),
    ...Array.from({ length: n.households }, (_, i) => houser.call('POST', '/api/households', { name: `Home ${i}` })),
    ...doomed.map((d) => d.call('DELETE', '/api/me', { confirm: d.email })),
    ...Array.from({ length: n.writes }, (_, i) => writer.log(i)),
  ]);
  return r;
}

/**
 * `clients` people use the app at once for `seconds`: each logs sessions, reads her log, today's
 * summary and the changes feed; and account operations run alongside — sign-ups, invites accepted,
 * new households, sign-ins and account deletions.
 */
export async function mixedLoad(base: string, opts: { clients: number; seconds: number; accountOpsPerSecond: number }): Promise<{ app: Tally; account: Tally }> {
  const app = new Tally();
  const account = new Tally();
  const setup = new Tally();
  const people = await Promise.all(Array.from({ length: opts.clients }, async () => {
    const c = new Client(base, setup);
    if (!(await c.signUp())) throw new Error(`could not sign up: ${setup.samples.join('; ')}`);
    return as(c, app);
  }));
  const end = Date.now() + opts.seconds * 1000;
  const today = new Date().toISOString().slice(0, 10);
  const person = async (c: Client) => {
    let i = 0;
    let since = 'now';
    while (Date.now() < end) {
      const pick = i++ % 10;
      if (pick < 5) await c.log(i);
      else if (pick < 7) await c.call('GET', `/api/households/${c.hid}/sessions?limit=20`);
      else if (pick < 9) await c.call('GET', `/api/households/${c.hid}/insights/summary?from=${today}&to=${today}&tz=UTC`);
      else {
        const r = await c.call('GET', `/api/households/${c.hid}/changes?since=${encodeURIComponent(since)}`);
        since = (r.json as { next?: string } | null)?.next ?? 'now';
      }
    }
  };
  const accountOps = async () => {
    const gap = 1000 / opts.accountOpsPerSecond;
    const ops: Promise<unknown>[] = [];
    let k = 0;
    while (Date.now() < end) {
      const kind = k++ % 4;
      ops.push(
        (async () => {
          const c = new Client(base, account);
          if (!(await c.signUp())) return;
          if (kind === 1) {
            const host = people[k % people.length] as Client;
            const t = await as(host, account).call('POST', `/api/households/${host.hid}/shares`, { role: 'consultant' });
            const token = (t.json as { token?: string } | null)?.token;
            if (token) await c.call('POST', `/api/invites/${token}/accept`);
          } else if (kind === 2) await c.call('POST', '/api/households', { name: 'Second home' });
          else if (kind === 3) {
            await c.log(1);
            await c.call('DELETE', '/api/me', { confirm: c.email });
          } else await c.call('POST', '/api/auth/login', { email: c.email, password: PW });
        })(),
      );
      await new Promise((r) => setTimeout(r, gap));
    }
    await Promise.all(ops);
  };
  await Promise.all([...people.map(person), accountOps()]);
  return { app, account };
}
