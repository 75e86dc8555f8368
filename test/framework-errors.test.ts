/**
 * What Fastify and Node refuse before any route runs — a malformed request, headers over the limit,
 * a path parameter over the limit, an address that cannot be decoded, a body trickled in too
 * slowly — still answers in the one error shape `{error, message, fields?}`. Over a real socket,
 * since Node's HTTP parser is not in inject().
 */
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeApp, signUp, type Member, type TestApp } from './harness.js';

/** Sends raw bytes (in pieces, `gapMs` apart) and resolves with what came back before the socket closed. */
function raw(port: number, pieces: string[], gapMs = 0): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let got = '';
    let i = 0;
    let timer: NodeJS.Timeout | undefined;
    const next = () => {
      if (i >= pieces.length || socket.destroyed) return;
      socket.write(pieces[i++] as string);
      if (i < pieces.length) timer = setTimeout(next, gapMs);
    };
    socket.on('connect', next);
    socket.on('data', (d) => (got += d.toString('latin1')));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      const m = /^HTTP\/1\.1 (\d{3})/.exec(got);
      if (!m) return reject(new Error(`no HTTP answer: ${JSON.stringify(got.slice(0, 200))}`));
      resolve({ status: Number(m[1]), body: got.slice(got.indexOf('\r\n\r\n') + 4) });
    });
    setTimeout(() => socket.destroy(), 10_000);
  });
}

function expectShape(body: string, error: string): void {
  const j = JSON.parse(body) as { error: unknown; message: unknown; statusCode?: unknown };
  expect(j.error).toBe(error);
  expect(typeof j.message).toBe('string');
  expect(j.statusCode).toBeUndefined();
}

describe('answers Fastify and Node give on their own', () => {
  let t: TestApp;
  let port: number;
  let owner: Member;
  beforeAll(async () => {
    t = await makeApp({ name: 'sqlite', url: ':memory:' }, {}, { requestTimeoutMs: 600 });
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    port = (t.app.server.address() as AddressInfo).port;
    owner = await signUp(t.app);
  });
  afterAll(async () => t.close());

  it('a request that is not HTTP is a 400 in the error shape', async () => {
    const r = await raw(port, ['NOT HTTP AT ALL\r\n\r\n']);
    expect(r.status).toBe(400);
    expectShape(r.body, 'bad_request');
  });

  it('headers over the size limit are a 431 in the error shape', async () => {
    const r = await raw(port, [`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`]);
    expect(r.status).toBe(431);
    expectShape(r.body, 'headers_too_large');
  });

  it('a path parameter over the length limit is a 414 in the error shape', async () => {
    const r = await t.app.inject({ method: 'GET', url: `/api/households/${'a'.repeat(300)}/sessions`, headers: { cookie: owner.cookie } });
    expect(r.statusCode).toBe(414);
    expectShape(r.body, 'uri_too_long');
    expect(r.json().fields).toEqual({ path: 'is too long' });
  });

  it('an address that cannot be decoded is a 400 in the error shape', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/api/households/%E0%A4%A/sessions', headers: { cookie: owner.cookie } });
    expect(r.statusCode).toBe(400);
    expectShape(r.body, 'bad_request');
  });

  it('a body trickled in too slowly is cut off with a 408 in the error shape', async () => {
    const head = `PUT /api/households/${owner.hid}/babies HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n`;
    const started = Date.now();
    const r = await raw(port, [head, ...Array.from({ length: 60 }, () => ' ')], 100);
    expect(r.status).toBe(408);
    expectShape(r.body, 'request_timeout');
    // Cut off well before the trickle would have ended (60 × 100 ms).
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
