import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/database.js';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'lactea-cli-'));
const dbFile = join(dir, 'data', 'lactea.db');
const env = { ...process.env, DATABASE_URL: dbFile, LACTEA_PASSWORD: '' };

/** Runs the CLI from source, as `lactea …` would. */
function lactea(args: string[], extraEnv: Record<string, string> = {}, input?: string) {
  const child = run(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { env: { ...env, ...extraEnv }, timeout: 30_000 });
  if (input !== undefined) {
    child.child.stdin?.end(input);
  }
  return child;
}

async function fails(args: string[], extraEnv: Record<string, string> = {}, input?: string): Promise<string> {
  try {
    await lactea(args, extraEnv, input);
  } catch (e) {
    const err = e as { code: number; stderr: string };
    expect(err.code).toBe(1);
    return err.stderr;
  }
  throw new Error('expected the command to fail');
}

describe('lactea CLI', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('migrates a new SQLite database, created readable by its owner only', async () => {
    const { stdout } = await lactea(['migrate']);
    expect(stdout).toContain('Applied: 2026-11-23-001-initial');
    expect(statSync(dbFile).mode & 0o777).toBe(0o600);
    expect((await lactea(['migrate'])).stdout).toContain('up to date');
  });

  it('creates a user from a password on stdin, and refuses bad input with a clear error', async () => {
    const { stdout } = await lactea(['create-user', '--email', 'Parent@Example.org', '--password-stdin'], {}, 'a long enough password\n');
    expect(stdout).toContain('Created parent@example.org');
    expect(await fails(['create-user', '--email', 'not-an-email', '--password-stdin'], {}, 'short\n')).toMatch(/^Error: .*email/s);
    expect(await fails(['create-user', '--email', 'parent@example.org', '--password-stdin'], {}, 'another long password\n')).toContain('already exists');
    expect(await fails(['create-user', '--email', 'x@example.org'])).toContain('--password-stdin');
  }, 60_000);

  it('resets a forgotten password for a self-hoster: the new one signs in, the old one and every sign-in end', async () => {
    const database = openDatabase(dbFile);
    const { signIn } = await import('../src/services/accounts.js');
    try {
      const before = await signIn(database.db, { email: 'parent@example.org', password: 'a long enough password' }, 30);
      const { stdout } = await lactea(['reset-password', '--email', 'PARENT@example.org', '--password-stdin'], {}, 'una contraseña nueva y larga\n');
      expect(stdout).toContain('New password set for parent@example.org; 1 sign-in ended.');
      await expect(signIn(database.db, { email: 'parent@example.org', password: 'a long enough password' }, 30)).rejects.toMatchObject({ code: 'wrong_credentials' });
      expect((await signIn(database.db, { email: 'parent@example.org', password: 'una contraseña nueva y larga' }, 30)).user.email).toBe('parent@example.org');
      // Her sign-in from before is gone (one made after the reset is there).
      expect((await database.db.selectFrom('authSessions').select('userId').execute()).length).toBe(1);
      expect(before.token).not.toBe('');
    } finally {
      await database.close();
    }
    expect(await fails(['reset-password', '--email', 'nobody@example.org', '--password-stdin'], {}, 'another long password\n')).toContain('No account with the email nobody@example.org');
    expect(await fails(['reset-password', '--email', 'parent@example.org', '--password-stdin'], {}, 'contraseña\n')).toContain('password is one of the most common passwords');
    expect(await fails(['reset-password', '--email', 'parent@example.org', '--password-stdin'], {}, 'short\n')).toMatch(/password/);
    expect(await fails(['reset-password', '--email', 'parent@example.org'])).toContain('--password-stdin');
    expect((await lactea(['reset-password', '--email', 'parent@example.org'], { LACTEA_PASSWORD: 'a long enough password' })).stdout).toContain('New password set');
  }, 90_000);

  it('backs up a consistent copy (mode 600) and refuses to overwrite', async () => {
    const target = join(dir, 'backup.db');
    const { stdout } = await lactea(['backup', target]);
    expect(stdout).toContain('Backup written');
    expect(statSync(target).mode & 0o777).toBe(0o600);
    const copy = openDatabase(target);
    try {
      const users = await copy.db.selectFrom('users').select('email').execute();
      expect(users.map((u) => u.email)).toEqual(['parent@example.org']);
    } finally {
      await copy.close();
    }
    expect(await fails(['backup', target])).toContain('exists');
    expect(await fails(['backup', join(dir, 'pg.db')], { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' })).toContain('pg_dump');
  }, 60_000);

  it('exports an account as a zip of JSON and CSV files (mode 600), with progress, and refuses to overwrite', async () => {
    const target = join(dir, 'export.zip');
    const { stdout, stderr } = await lactea(['export', '--email', 'Parent@Example.org', '--out', target]);
    expect(stdout).toMatch(/Exported parent@example\.org: 1 household\(s\) she owns with 0 log entries/);
    expect(stderr).toContain('Exporting: 11 of 11 (100%)');
    expect(statSync(target).mode & 0o777).toBe(0o600);
    const files = unzipSync(new Uint8Array(readFileSync(target)));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['csv/creamatocrit.csv', 'csv/nappies.csv', 'csv/weights.csv', 'csv/careNotes.csv']));
    expect(JSON.parse(strFromU8(files['lactea-export.json'] as Uint8Array)).user.email).toBe('parent@example.org');
    expect(await fails(['export', '--email', 'parent@example.org', '--out', target])).toContain('exists');
    expect(await fails(['export', '--email', 'nobody@example.org', '--out', join(dir, 'n.zip')])).toContain('No account');
  }, 60_000);

  it('explains itself and rejects bad configuration in one message', async () => {
    const help = (await lactea(['--help'])).stdout;
    for (const word of ['serve', 'migrate', 'create-user', 'backup', 'DATABASE_URL', 'LACTEA_PORT']) expect(help).toContain(word);
    expect((await lactea(['backup', '--help'])).stdout).toContain('DATABASE_URL');
    const bad = await fails(['migrate'], { LACTEA_PORT: 'x', LACTEA_LOG_LEVEL: 'loud' });
    expect(bad).toContain('LACTEA_PORT');
    expect(bad).toContain('LACTEA_LOG_LEVEL');
    expect(existsSync(join(dir, 'pg.db'))).toBe(false);
  }, 60_000);
});
