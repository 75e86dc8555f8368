import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTINE_IDS } from '../src/domain/routine-ids.js';
import { makeApp, type TestApp } from './harness.js';

describe('routines API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeApp({ name: 'sqlite', url: ':memory:' });
  });
  afterAll(async () => t.close());

  it('lists all seven routines with steps, pictures, cautions and resolved citations, without a sign-in', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/api/routines' });
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body.routines.map((x: { id: string }) => x.id)).toEqual([...ROUTINE_IDS]);
    for (const routine of body.routines) {
      expect(routine.steps.length).toBeGreaterThan(0);
      expect(routine.steps[0].picture).toContain('<svg');
      expect(routine.citations.length).toBeGreaterThan(0);
      expect(routine.citations[0].citation.length).toBeGreaterThan(10);
    }
    expect(body.whenNotToMassage.length).toBeGreaterThan(0);
    expect(body.faq.length).toBeGreaterThan(0);
    expect(body.references.length).toBeGreaterThan(0);
  });

  it('serves one routine in Spanish', async () => {
    const en = (await t.app.inject({ method: 'GET', url: '/api/routines/reverse-pressure-softening' })).json();
    const es = (await t.app.inject({ method: 'GET', url: '/api/routines/reverse-pressure-softening?lang=es' })).json();
    expect(es.lang).toBe('es');
    expect(es.steps.length).toBe(en.steps.length);
    expect(es.title).not.toBe(en.title);
  });

  it('answers 404 for an unknown routine and 400 for an unknown language', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/routines/deep-tissue' })).statusCode).toBe(404);
    const bad = await t.app.inject({ method: 'GET', url: '/api/routines?lang=fr' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields).toHaveProperty('lang');
  });
});
