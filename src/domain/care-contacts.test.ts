import { describe, expect, it } from 'vitest';
import { callsFor, dialables, EMERGENCY_NUMBERS, isPhoneNumber, NO_CONTACTS, regionOf, REGIONS, telHref, type CareContacts } from './care-contacts.js';

const set = (c: Partial<CareContacts>): CareContacts => ({ ...NO_CONTACTS, ...c });

describe('care contacts', () => {
  it('accepts numbers a phone can dial, short emergency numbers included, and refuses the rest', () => {
    for (const ok of ['112', '000', '999', '+44 20 7946 0958', '(555) 010-0199', '0800.123.456', '123*45#']) expect(isPhoneNumber(ok), ok).toBe(true);
    for (const bad of ['', ' ', '1', 'call me', '555-CALL', '+', '12345678901234567890123', '0'.repeat(31), '++44 1']) expect(isPhoneNumber(bad), bad).toBe(false);
  });

  it('dials only digits, a leading +, * and #', () => {
    expect(telHref(' +44 (20) 7946-0958 ')).toBe('tel:+442079460958');
    expect(telHref('112')).toBe('tel:112');
  });

  it('takes the region from the phone’s locale, then from the language', () => {
    expect(regionOf('en-GB', 'en')).toBe('GB');
    expect(regionOf('en-US', 'en')).toBe('US');
    expect(regionOf('es-MX', 'es')).toBe('MX');
    expect(regionOf('es-ES', 'es')).toBe('ES');
    expect(regionOf('de-AT', 'en')).toBe('EU');
    expect(regionOf('zh-Hant-TW', 'en')).toBe('OTHER');
    expect(regionOf('es', 'es')).toBe('ES');
    expect(regionOf('en', 'en')).toBe('OTHER');
    expect(regionOf(undefined, 'en')).toBe('OTHER');
  });

  it('has an emergency number for every region', () => {
    for (const r of REGIONS) expect(isPhoneNumber(EMERGENCY_NUMBERS[r]), r).toBe(true);
    expect([EMERGENCY_NUMBERS.GB, EMERGENCY_NUMBERS.US, EMERGENCY_NUMBERS.ES, EMERGENCY_NUMBERS.AU]).toEqual(['999', '911', '112', '000']);
  });

  it('defaults the emergency number (and, in the UK, the urgent line) by region until she sets her own', () => {
    expect(dialables(NO_CONTACTS, 'en-GB', 'en')).toMatchObject({
      emergency: { phone: '999', isDefault: true },
      'urgent-line': { name: 'NHS 111', phone: '111', isDefault: true },
      'parent-clinician': null,
      'baby-clinician': null,
    });
    expect(dialables(NO_CONTACTS, 'en-US', 'en')['urgent-line']).toBeNull();
    expect(dialables(set({ region: 'ES' }), 'en-GB', 'en').emergency?.phone).toBe('112');
    expect(dialables(set({ emergencyPhone: '061' }), 'en-GB', 'en').emergency).toMatchObject({ phone: '061', isDefault: false });
  });

  it('offers, for a result, the right number for who is ill, most pressing first, each once', () => {
    const numbers = dialables(
      set({ region: 'GB', parentClinician: { name: 'Midwife', phone: '01234 567890' }, babyClinician: { name: 'Health visitor', phone: '01234 000111' } }),
      undefined,
      'en',
    );
    const kinds = (needs: Parameters<typeof callsFor>[0]) => callsFor(needs, numbers).map((d) => d.kind);
    expect(kinds([{ who: 'parent', kind: 'emergency' }])).toEqual(['emergency']);
    expect(kinds([{ who: 'baby', kind: 'emergency' }, { who: 'parent', kind: 'urgent-line' }])).toEqual(['emergency', 'urgent-line']);
    expect(kinds([{ who: 'parent', kind: 'urgent-line' }])).toEqual(['urgent-line', 'emergency']);
    expect(kinds([{ who: 'parent', kind: 'clinician' }])).toEqual(['parent-clinician']);
    expect(kinds([{ who: 'baby', kind: 'clinician' }])).toEqual(['baby-clinician']);
    expect(kinds([{ who: 'parent', kind: 'feeding-help' }])).toEqual([]);
    // No urgent line where she lives: her midwife or doctor (a maternity unit), then the emergency number.
    const us = dialables(set({ region: 'US', parentClinician: { name: 'OB', phone: '555 0100' } }), undefined, 'en');
    expect(callsFor([{ who: 'parent', kind: 'urgent-line' }], us).map((d) => d.kind)).toEqual(['parent-clinician', 'emergency']);
    expect(callsFor([{ who: 'baby', kind: 'clinician' }], us)).toEqual([]);
  });
});
