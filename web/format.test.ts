/** Dates and times in her language and her browser's region; figures that add up. */
import { describe, expect, it } from 'vitest';
import { regionalLocale, sidesText } from './format.js';

describe('regionalLocale', () => {
  it('takes the region the browser names for her language', () => {
    expect(regionalLocale('en', ['en-GB', 'en'])).toBe('en-GB');
    expect(regionalLocale('es', ['en-GB', 'es-MX'])).toBe('es-MX');
    expect(regionalLocale('es', ['es'])).toBe('es');
    // The browser prefers another language: her language alone.
    expect(regionalLocale('es', ['en-US'])).toBe('es');
    expect(regionalLocale('en', [])).toBe('en');
    // An odd tag is skipped, not thrown.
    expect(regionalLocale('en', ['en-', 'en-AU'])).toBe('en-AU');
  });

  it('writes en-GB day first and on a 24-hour clock, en-US month first with AM/PM', () => {
    const at = new Date(2026, 11, 10, 13, 5);
    const time = { hour: 'numeric', minute: '2-digit' } as const;
    const date = { day: 'numeric', month: 'short', year: 'numeric' } as const;
    expect(new Intl.DateTimeFormat(regionalLocale('en', ['en-GB']), time).format(at)).toBe('13:05');
    expect(new Intl.DateTimeFormat(regionalLocale('en', ['en-GB']), date).format(at)).toBe('10 Dec 2026');
    expect(new Intl.DateTimeFormat(regionalLocale('en', ['en-US']), time).format(at)).toMatch(/^1:05\sPM$/);
    expect(new Intl.DateTimeFormat(regionalLocale('en', ['en-US']), date).format(at)).toBe('Dec 10, 2026');
  });
});

describe('sidesText', () => {
  it('gives the pumped total as the sum of the sides shown', () => {
    expect(sidesText(59.1, 44.4, 'ml', 'en')).toEqual({ total: '103 mL', sides: 'L 59 mL · R 44 mL' });
    expect(sidesText(59.1, 44.4, 'floz', 'en')).toEqual({ total: '3.5 fl oz', sides: 'L 2 fl oz · R 1.5 fl oz' });
  });
});
