#!/usr/bin/env node
// `npm test`: typecheck, lint, unit tests (with the coverage gate), API tests (SQLite, and PostgreSQL
// when TEST_DATABASE_URL is set), the web build, then browser tests. Ends with one summary line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const out = mkdtempSync(join(tmpdir(), 'lactea-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
const started = Date.now();

function run(label, cmd, args) {
  console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  if (r.status !== 0) {
    console.error(`\n✖ ${label} failed (exit ${r.status ?? r.signal})`);
    finish(1);
  }
}

function vitest(label, project, extra = []) {
  const file = join(out, `${project}.json`);
  const r = spawnSync('npx', ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`, ...extra], {
    stdio: 'inherit',
    env: process.env,
  });
  if (existsSync(file)) {
    const j = JSON.parse(readFileSync(file, 'utf8'));
    totals.passed += j.numPassedTests ?? 0;
    totals.failed += j.numFailedTests ?? 0;
    totals.skipped += (j.numPendingTests ?? 0) + (j.numTodoTests ?? 0);
  }
  if (r.status !== 0) {
    console.error(`\n✖ ${label} failed (exit ${r.status ?? r.signal})`);
    finish(1);
  }
}

function finish(code) {
  rmSync(out, { recursive: true, force: true });
  const secs = Math.round((Date.now() - started) / 1000);
  console.log(`\nLactea tests finished in ${secs} s`);
  console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exit(code);
}

run('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
run('lint', 'npx', ['eslint', '.']);
vitest('unit tests', 'unit', ['--coverage']);
vitest('API tests', 'api');
run('web build', 'npx', ['vite', 'build', '--logLevel', 'warn']);
run('web precompress', 'node', ['scripts/precompress.js', 'dist/web']);
vitest('browser tests', 'e2e');
finish(totals.failed > 0 ? 1 : 0);
