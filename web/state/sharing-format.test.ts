import { beforeAll, describe, expect, it } from 'vitest';
import type { AccessLogEntry } from '../api.js';
import { ensureScreenStrings } from '../i18n.js';
import { groupAccess } from '../components/sharing-access-log.js';
import { accessLine, accessVerb, deviceText, endOfDay, localDate, roleWord, routeWhat } from './sharing-format.js';

// These words belong to the sharing screens, whose strings load with the first screen shown.
beforeAll(() => ensureScreenStrings());

const entry = (over: Partial<AccessLogEntry>): AccessLogEntry => ({
  id: Math.random().toString(36).slice(2),
  at: '2026-11-23T14:02:00.000Z',
  userId: 'u1',
  email: 'dr.x@example.test',
  role: 'consultant',
  action: 'read',
  method: 'GET',
  route: '/api/households/:hid/sessions',
  resourceId: null,
  ...over,
});

describe('access log words', () => {
  it('names what each route touched', () => {
    expect(routeWhat('/api/households/:hid/sessions')).toBe('your log');
    expect(routeWhat('/api/households/:hid/sessions/:id')).toBe('your log');
    expect(routeWhat('/api/households/:hid/changes')).toBe('your log');
    expect(routeWhat('/api/households/:hid/babies/:bid')).toBe('babies');
    expect(routeWhat('/api/households/:hid/symptom-checks')).toBe('symptom checks');
    expect(routeWhat('/api/households/:hid/insights/summary')).toBe('insights');
    expect(routeWhat('/api/households/:hid/creamatocrit/:id')).toBe('milk measurements');
    expect(routeWhat('/api/consultant/clients')).toBe('your summary');
    expect(routeWhat('/api/households/:hid/something-new')).toBe('your household');
  });

  it('says who did what', () => {
    const read = entry({});
    expect(accessLine(read, accessVerb(read), ['your log'], 'en')).toBe('dr.x@example.test (Consultant) read your log');
    const put = entry({ role: 'caregiver', action: 'write', method: 'PUT' });
    expect(accessLine(put, accessVerb(put), ['your log'], 'en')).toBe('dr.x@example.test (Caregiver) changed your log');
    expect(accessVerb(entry({ action: 'write', method: 'DELETE' }))).toBe('deleted');
    expect(accessLine(entry({ email: null }), 'read', ['your log'], 'en')).toBe('A deleted account (Consultant) read your log');
    expect(roleWord('consultant')).toBe('consultant');
  });

  it('makes one line per visit: same person, same kind of action, within half an hour', () => {
    const lines = groupAccess([
      entry({ at: '2026-11-23T14:30:00.000Z', route: '/api/households/:hid/insights/summary' }),
      entry({ at: '2026-11-23T14:20:00.000Z' }),
      entry({ at: '2026-11-23T14:10:00.000Z' }),
      entry({ at: '2026-11-23T14:05:00.000Z', route: '/api/consultant/clients' }),
      entry({ at: '2026-11-23T14:04:00.000Z', userId: 'u2', email: 'partner@example.test', role: 'caregiver', action: 'write', method: 'PUT' }),
      entry({ at: '2026-11-23T12:00:00.000Z' }),
    ]);
    expect(lines.map((l) => [l.entry.email, l.verb, l.whats.join(', ')])).toEqual([
      ['dr.x@example.test', 'read', 'insights, your log, your summary'],
      ['partner@example.test', 'changed', 'your log'],
      ['dr.x@example.test', 'read', 'your log'],
    ]);
    expect(accessLine(lines[0]?.entry ?? entry({}), 'read', lines[0]?.whats ?? [], 'en')).toBe('dr.x@example.test (Consultant) read insights, your log, and your summary');
  });
});

describe('dates and devices', () => {
  it('turns a chosen day into its last second, and back', () => {
    const iso = endOfDay('2031-12-31');
    expect(iso).not.toBeNull();
    expect(localDate(iso ?? '')).toBe('2031-12-31');
    expect(endOfDay('31/12/2031')).toBeNull();
    expect(endOfDay('')).toBeNull();
  });

  it('names a browser and system from the user agent', () => {
    expect(deviceText('Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36')).toBe('Chrome on Android');
    expect(deviceText('Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1')).toBe('Safari on iOS');
    expect(deviceText('Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:120.0) Gecko/20100101 Firefox/120.0')).toBe('Firefox on Windows');
    expect(deviceText('curl/8.0')).toBe('Unknown device');
    expect(deviceText(null)).toBe('Unknown device');
  });
});
