/**
 * The report over HTTP on both databases: the figures of a client's two weeks per baby, the same
 * document in English or Spanish and in her units, the PDF made on the server (parsed here: its text
 * holds the figures), the range rules (default 14 days, at most a year, not reversed), and who may
 * read it (the family and her consultant, logged; nobody else).
 */
import { randomUUID } from 'node:crypto';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caller, databases, makeApp, signUp, type Member, type TestApp } from './harness.js';

/** The text of every page of a PDF, one string per page. */
async function pdfText(bytes: Uint8Array): Promise<string[]> {
  const pdf = await getDocument({ data: bytes, useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    pages.push(content.items.map((it) => ('str' in it ? it.str : '')).join(' ').replace(/\s+/g, ' '));
  }
  await pdf.destroy();
  return pages;
}

const TZ = 'Europe/Madrid';

describe.each(databases())('the report on $name', (dbCase) => {
  let t: TestApp;
  let owner: Member;
  let lc: Member;
  let baby: string;
  const base = () => `/api/households/${owner.hid}`;

  beforeAll(async () => {
    t = await makeApp(dbCase);
    owner = await signUp(t.app);
    lc = await signUp(t.app);
    const inv = (await caller(t.app, owner.cookie)('POST', `${base()}/shares`, { role: 'consultant' })).json();
    await caller(t.app, lc.cookie)('POST', `/api/invites/${inv.token}/accept`);
    const call = caller(t.app, owner.cookie);
    baby = (await call('POST', `${base()}/babies`, { name: 'Zoë Łucja', birthDate: '2026-11-20' })).json().id;
    // 1 Dec (day 12): a nursing feed 10 min left + 15 right, a 90 mL bottle, 120 mL pumped (70 + 50)
    // with massage before, 4 wet and 2 dirty nappies (the table expects 6 wet).
    const put = (kind: string, id: string, body: object) => call('PUT', `${base()}/${kind}/${id}`, body);
    // Her log began on the evening of 30 Nov: 1 Dec is a whole logged day, 29 Nov is before her log.
    await put('nappies', randomUUID(), { babyId: baby, changedAt: '2026-11-30T21:00:00+01:00', kind: 'wet' });
    await put('sessions', randomUUID(), { kind: 'nurse', babyId: baby, startedAt: '2026-12-01T08:00:00+01:00', endedAt: '2026-12-01T08:25:00+01:00', segments: [{ side: 'left', start: '2026-12-01T08:00:00+01:00', end: '2026-12-01T08:10:00+01:00' }, { side: 'right', start: '2026-12-01T08:10:00+01:00', end: '2026-12-01T08:25:00+01:00' }] });
    await put('sessions', randomUUID(), { kind: 'bottle', babyId: baby, startedAt: '2026-12-01T12:00:00+01:00', endedAt: '2026-12-01T12:10:00+01:00', volumeMl: 90, milkType: 'breast' });
    await put('sessions', randomUUID(), { kind: 'pump', startedAt: '2026-12-01T14:00:00+01:00', endedAt: '2026-12-01T14:20:00+01:00', leftMl: 70, rightMl: 50, massage: { routineId: null, timing: 'before', minutes: 5, tool: 'hands' } });
    for (const [h, kind] of [[7, 'wet'], [10, 'both'], [13, 'wet'], [18, 'both']] as const) await put('nappies', randomUUID(), { babyId: baby, changedAt: `2026-12-01T${String(h).padStart(2, '0')}:00:00+01:00`, kind, ...(kind === 'both' ? { colour: 'yellow' } : {}) });
    await put('weights', randomUUID(), { babyId: baby, measuredAt: '2026-11-20T09:00:00+01:00', grams: 3500, birth: true, place: 'hospital' });
    await put('weights', randomUUID(), { babyId: baby, measuredAt: '2026-12-01T10:00:00+01:00', grams: 3290, place: 'clinic' });
    await call('PUT', `${base()}/symptom-checks/${randomUUID()}`, { answers: { rigors: 'yes' }, checkedAt: '2026-12-02T09:00:00+01:00' });
    await caller(t.app, lc.cookie)('PUT', `${base()}/care-notes/${randomUUID()}`, { kind: 'plan', notedAt: '2026-11-25T10:00:00+01:00', body: 'Pump after the morning feed; weigh weekly.' });
    await caller(t.app, lc.cookie)('PUT', `${base()}/care-notes/${randomUUID()}`, { notedAt: '2026-12-02T10:00:00+01:00', body: 'Latch deeper on the right.' });
  }, 60_000);
  afterAll(async () => t.close());

  const query = `from=2026-11-29&to=2026-12-12&tz=${encodeURIComponent(TZ)}`;

  it('holds each day’s figures per baby, nappies against the table, weights against birth weight, pumping, checks and notes', async () => {
    const r = await caller(t.app, lc.cookie)('GET', `${base()}/report?${query}`);
    expect(r.statusCode, r.body).toBe(200);
    const { report, document } = r.json();
    expect(report.dates).toHaveLength(14);
    const day = report.babies[0].days.find((d: { date: string }) => d.date === '2026-12-01');
    expect(day).toMatchObject({ dayOfLife: 12, nursingMinutes: { left: 10, right: 15 }, nursingFeeds: 1, bottles: 1, bottleMl: 90, wet: 4, dirty: 2, expected: { wet: 6, dirty: 2 }, below: { wet: true, dirty: false } });
    expect(report.babies[0].weights.map((w: { grams: number; percentFromBirth: number | null }) => [w.grams, w.percentFromBirth === null ? null : Math.round(w.percentFromBirth * 10) / 10])).toEqual([
      [3500, 0],
      [3290, -6],
    ]);
    expect(report.pumping).toMatchObject({ totalMl: 120, leftMl: 70, rightMl: 50, sessions: 1 });
    expect(report.massage).toMatchObject({ sessions: 1, minutes: 5, byTiming: { before: 1, during: 0, after: 0 } });
    expect(report.massage.effect.status).toBe('not-enough-data');
    expect(report.checks).toEqual([expect.objectContaining({ level: 'urgent' })]);
    expect(report.plan).toMatchObject({ body: 'Pump after the morning feed; weigh weekly.', authorEmail: lc.email });
    expect(report.notes.map((n: { body: string }) => n.body)).toEqual(['Latch deeper on the right.']);
    const text = JSON.stringify(document);
    expect(text).toContain('Zoë Łucja, born November 20, 2026');
    expect(text).toContain('3.29 kg, −6.0% from birth weight, day 12, at a clinic');
    expect(text).toContain('4 ▼');
    // Before her log began (29 Nov) and days still to come: a dash, not a zero.
    expect(report.startedOn).toBe('2026-11-30');
    const feeds = document.blocks.find((b: { kind: string }) => b.kind === 'table');
    const wet = feeds.rows.find((r: { label: string }) => r.label === 'Wet nappies').cells.map((c: { text: string }) => c.text);
    expect(wet[0]).toBe('—');
    expect(wet.slice(1, 3)).toEqual(['1', '4 ▼']);
    expect(report.pumping.period.fullDays).toBeGreaterThanOrEqual(2);
  });

  it('is written in the viewer’s language and units: Spanish, fl oz and pounds', async () => {
    const r = (await caller(t.app, owner.cookie)('GET', `${base()}/report?${query}&lang=es&unit=floz&weight=lb`)).json();
    const text = JSON.stringify(r.document);
    expect(r.document.title).toContain('Informe de Lactea');
    expect(text).toContain('7 lb 4,1 oz, −6,0');
    expect(text).toContain('4,1 fl oz');
    // The weight unit is apart from the volume unit: fl oz with kilograms, from the query or her own choice.
    const mixed = JSON.stringify((await caller(t.app, owner.cookie)('GET', `${base()}/report?${query}&unit=floz&weight=kg`)).json().document);
    expect(mixed).toContain('3.29 kg, −6.0%');
    expect(mixed).toContain('4.1 fl oz');
    await caller(t.app, lc.cookie)('PUT', '/api/me/preferences', { volumeUnit: 'floz', weightUnit: 'kg' });
    const hers = JSON.stringify((await caller(t.app, lc.cookie)('GET', `${base()}/report?${query}`)).json().document);
    expect(hers).toContain('3.29 kg, −6.0%');
    expect(hers).toContain('4.1 fl oz');
    await caller(t.app, lc.cookie)('PUT', '/api/me/preferences', { weightUnit: 'lb' });
    expect(JSON.stringify((await caller(t.app, lc.cookie)('GET', `${base()}/report?${query}`)).json().document)).toContain('7 lb 4.1 oz, −6.0%');
    await caller(t.app, lc.cookie)('PUT', '/api/me/preferences', { volumeUnit: 'ml', weightUnit: 'kg' });
    const bad = await caller(t.app, owner.cookie)('GET', `${base()}/report?${query}&weight=stone`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fieldCodes).toEqual({ weight: 'invalid_choice' });
    // Without a choice, her own preferences decide.
    await caller(t.app, lc.cookie)('PUT', '/api/me/preferences', { language: 'es' });
    expect((await caller(t.app, lc.cookie)('GET', `${base()}/report?${query}`)).json().document.title).toContain('Informe');
    await caller(t.app, lc.cookie)('PUT', '/api/me/preferences', { language: 'en' });
  });

  it("writes dates in the region of her language that the browser names (en-GB: day first); a locale of another language or none at all is a 400 naming locale", async () => {
    const doc = async (extra: string) => (await caller(t.app, owner.cookie)('GET', `${base()}/report?${query}${extra}`)).json().document;
    const head = (d: { blocks: { kind: string; head?: string[] }[] }) => d.blocks.find((b) => b.kind === 'table')?.head?.[0];
    expect(head(await doc('&lang=en'))).toBe('Nov 29');
    expect(head(await doc('&lang=en&locale=en-gb'))).toBe('29 Nov');
    expect(head(await doc('&lang=en&locale=en-US'))).toBe('Nov 29');
    for (const [extra, code] of [['&lang=en&locale=es-ES', 'invalid'], ['&lang=en&locale=' + encodeURIComponent('en_GB!'), 'invalid']] as const) {
      const bad = await caller(t.app, owner.cookie)('GET', `${base()}/report?${query}${extra}`);
      expect(bad.statusCode).toBe(400);
      expect(bad.json().fieldCodes).toEqual({ locale: code });
    }
    const pdf = await caller(t.app, owner.cookie)('GET', `${base()}/report.pdf?${query}&lang=en&locale=en-GB`);
    expect((await pdfText(new Uint8Array(pdf.rawPayload))).join(' ')).toContain('29 Nov');
  });

  it('makes a PDF on the server whose text holds the client’s figures, on A4 and Letter, in one or two pages', async () => {
    for (const paper of ['a4', 'letter']) {
      const r = await caller(t.app, lc.cookie)('GET', `${base()}/report.pdf?${query}&paper=${paper}`);
      expect(r.statusCode).toBe(200);
      expect(r.headers['content-type']).toBe('application/pdf');
      expect(r.headers['content-disposition']).toBe('attachment; filename="lactea-report-2026-11-29-to-2026-12-12.pdf"');
      const pages = await pdfText(new Uint8Array(r.rawPayload));
      expect(pages.length).toBeGreaterThanOrEqual(1);
      expect(pages.length).toBeLessThanOrEqual(2);
      const all = pages.join(' ');
      expect(all).toContain('Lactea report: Home');
      expect(all).toContain('Zoë Łucja, born November 20, 2026');
      expect(all).toMatch(/Wet nappies.*4 ▼/);
      expect(all).toContain('3.29 kg, −6.0% from birth weight, day 12, at a clinic');
      expect(all).toContain('In all 120 mL (left 70 mL, right 50 mL); sessions: 1');
      expect(all).toContain('Seek care now');
      expect(all).toContain('Pump after the morning feed; weigh weekly.');
      expect(all).toContain('Parent Club (Scottish Government)');
    }
    const es = await pdfText(new Uint8Array((await caller(t.app, owner.cookie)('GET', `${base()}/report.pdf?${query}&lang=es`)).rawPayload));
    expect(es.join(' ')).toContain('Pañales con pis');
    // In her weight unit, whatever the volume unit: fl oz with kilograms, mL with pounds.
    const pdf = async (q: string) => (await pdfText(new Uint8Array((await caller(t.app, owner.cookie)('GET', `${base()}/report.pdf?${query}&${q}`)).rawPayload))).join(' ');
    expect(await pdf('unit=floz&weight=kg')).toContain('3.29 kg, −6.0% from birth weight');
    expect(await pdf('unit=ml&weight=lb')).toContain('7 lb 4.1 oz, −6.0% from birth weight');
  });

  it('defaults to the last 14 days, and refuses a reversed range or one over a year with a 400 naming the field', async () => {
    const call = caller(t.app, owner.cookie);
    const r = (await call('GET', `${base()}/report?tz=${encodeURIComponent(TZ)}`)).json();
    expect(r.report.dates).toHaveLength(14);
    expect(r.report.to).toBe(new Intl.DateTimeFormat('en-CA', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit' }).format(Date.now()));
    expect((await call('GET', `${base()}/report?from=2026-12-10&to=2026-12-01`)).json()).toMatchObject({ error: 'bad_request', fields: { to: expect.any(String) } });
    expect((await call('GET', `${base()}/report?from=2025-01-01&to=2026-01-02`)).json().fields).toHaveProperty('from');
    expect((await call('GET', `${base()}/report?from=2025-01-02&to=2026-01-02`)).statusCode).toBe(200);
    expect((await call('GET', `${base()}/report.pdf?from=2026-12-10&to=2026-12-01`)).json().fields).toHaveProperty('to');
    expect((await call('GET', `${base()}/report?from=2026-02-30`)).json().fields).toHaveProperty('from');
    expect((await call('GET', `${base()}/report?tz=Mars/Base`)).json().fields).toHaveProperty('tz');
  });

  it('is read by the family and her consultant (in the access log), and by nobody else', async () => {
    const stranger = await signUp(t.app);
    expect((await caller(t.app, stranger.cookie)('GET', `${base()}/report`)).statusCode).toBe(404);
    expect((await caller(t.app, stranger.cookie)('GET', `${base()}/report.pdf`)).statusCode).toBe(404);
    expect((await caller(t.app)('GET', `${base()}/report.pdf`)).statusCode).toBe(401);
    const log = (await caller(t.app, owner.cookie)('GET', `${base()}/access-log?limit=500`)).json().entries as { userId: string; route: string }[];
    expect(log.some((e) => e.userId === lc.userId && e.route === '/api/households/:hid/report.pdf')).toBe(true);
  });
});
