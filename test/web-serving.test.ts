import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeApp, type TestApp } from './harness.js';

describe('serving the web app', () => {
  let t: TestApp;
  const root = mkdtempSync(join(tmpdir(), 'lactea-web-'));
  beforeAll(async () => {
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Lactea</title>');
    writeFileSync(join(root, 'assets', 'app-abc123.js'), 'console.log(1)');
    // As scripts/precompress.js leaves them: a Brotli copy beside the file.
    writeFileSync(join(root, 'assets', 'app-abc123.js.br'), brotliCompressSync('console.log(2)'));
    writeFileSync(join(root, 'sw.js'), 'self.addEventListener("fetch", () => {})');
    t = await makeApp({ name: 'sqlite', url: ':memory:' }, { webRoot: root });
  });
  afterAll(async () => {
    await t.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves index.html, the app routes, hashed assets for good and the service worker fresh', async () => {
    const home = await t.app.inject({ method: 'GET', url: '/' });
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain('<title>Lactea</title>');
    const route = await t.app.inject({ method: 'GET', url: '/settings' });
    expect(route.statusCode).toBe(200);
    expect(route.body).toContain('<title>Lactea</title>');
    const asset = await t.app.inject({ method: 'GET', url: '/assets/app-abc123.js' });
    expect(asset.headers['cache-control']).toContain('immutable');
    const sw = await t.app.inject({ method: 'GET', url: '/sw.js' });
    expect(sw.statusCode).toBe(200);
    expect(sw.headers['cache-control']).toBe('no-cache');
  });

  it('sends the Brotli copy to a browser that accepts it, the plain file to one that does not', async () => {
    const br = await t.app.inject({ method: 'GET', url: '/assets/app-abc123.js', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe('console.log(2)');
    const plain = await t.app.inject({ method: 'GET', url: '/assets/app-abc123.js', headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe('console.log(1)');
  });

  it('keeps API and missing files as JSON 404s, not the app page', async () => {
    const api = await t.app.inject({ method: 'GET', url: '/api/nope' });
    expect(api.statusCode).toBe(404);
    expect(api.json()).toMatchObject({ error: 'not_found' });
    const file = await t.app.inject({ method: 'GET', url: '/missing.png' });
    expect(file.statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/me' })).statusCode).toBe(401);
  });
});
