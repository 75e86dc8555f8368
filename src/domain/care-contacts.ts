/**
 * "My care contacts": whom the symptom check's call buttons ring. Her midwife or doctor, the baby's
 * midwife, health visitor or doctor, an urgent health line, and the emergency number — which, until
 * she sets it, follows the region she chose (or her phone's region, or her language). These are
 * telephone facts, not health content; the settings ask her to check them.
 */
import type { Language } from './account.js';
import type { ContactNeed } from './triage/types.js';

/** Regions with a known emergency number; 'EU' is any other EU country, 'OTHER' anywhere else. */
export const REGIONS = ['US', 'CA', 'MX', 'CO', 'GB', 'IE', 'ES', 'AU', 'NZ', 'EU', 'OTHER'] as const;
export type Region = (typeof REGIONS)[number];

/** The public emergency number of each region; 112 is the EU's, and routes from most mobile phones elsewhere. */
export const EMERGENCY_NUMBERS: Readonly<Record<Region, string>> = {
  US: '911',
  CA: '911',
  MX: '911',
  CO: '123',
  GB: '999',
  IE: '112',
  ES: '112',
  AU: '000',
  NZ: '111',
  EU: '112',
  OTHER: '112',
};

/** A national urgent (non-emergency) health line, where there is one everyone can call. */
export const URGENT_LINES: Readonly<Partial<Record<Region, Contact>>> = {
  GB: { name: 'NHS 111', phone: '111' },
};

const EU_COUNTRIES = ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'SE'];

export interface Contact {
  /** Who it is ("Maternity unit", "Dr Rivera"); may be empty. */
  name: string;
  phone: string;
}

export interface CareContacts {
  /** The region she chose; null until she chooses (then her phone's region, or her language, decides). */
  region: Region | null;
  /** Her own emergency number; null means the region's. */
  emergencyPhone: string | null;
  urgentLine: Contact | null;
  /** Her midwife or doctor. */
  parentClinician: Contact | null;
  /** The baby's midwife, health visitor or doctor. */
  babyClinician: Contact | null;
  /** 0 until first saved; each save adds one (a stale save is refused). */
  version: number;
  updatedAt: string | null;
}

export const NO_CONTACTS: Readonly<CareContacts> = Object.freeze({
  region: null,
  emergencyPhone: null,
  urgentLine: null,
  parentClinician: null,
  babyClinician: null,
  version: 0,
  updatedAt: null,
});

export const CONTACT_NAME_MAX = 80;
export const PHONE_MAX = 30;

/**
 * A number a phone can dial: digits with spaces, dashes, dots or brackets, an optional leading +,
 * and * or # for extensions; 2–20 digits ("112" and "000" are whole numbers).
 */
export function isPhoneNumber(s: string): boolean {
  const t = s.trim();
  if (t.length === 0 || t.length > PHONE_MAX || !/^\+?[0-9 ()\-.*#]+$/.test(t)) return false;
  const digits = t.replace(/\D/g, '').length;
  return digits >= 2 && digits <= 20;
}

/** The number as a tel: link (only + and digits, * and # kept). */
export function telHref(phone: string): string {
  return `tel:${phone.trim().replace(/[^0-9+*#]/g, '')}`;
}

/** The region of a BCP 47 locale ("en-GB" → GB; "de-AT" → EU), else by language (Spanish → Spain), else null. */
export function regionOf(locale: string | undefined, language: Language): Region {
  const code = /^[a-z]{2,3}(?:-[A-Za-z]{4})?-([A-Za-z]{2})\b/.exec(locale ?? '')?.[1]?.toUpperCase();
  if (code) {
    if ((REGIONS as readonly string[]).includes(code) && code !== 'EU' && code !== 'OTHER') return code as Region;
    if (EU_COUNTRIES.includes(code)) return 'EU';
    return 'OTHER';
  }
  return language === 'es' ? 'ES' : 'OTHER';
}

export interface Dialable {
  kind: 'emergency' | 'urgent-line' | 'parent-clinician' | 'baby-clinician';
  name: string;
  phone: string;
  /** A default she has not set herself (the settings ask her to check it). */
  isDefault: boolean;
}

/** Every number she can call now, with the defaults for her region filled in. */
export function dialables(c: CareContacts, locale: string | undefined, language: Language): Record<Dialable['kind'], Dialable | null> {
  const region = c.region ?? regionOf(locale, language);
  const urgent = c.urgentLine ?? URGENT_LINES[region] ?? null;
  return {
    emergency: { kind: 'emergency', name: '', phone: c.emergencyPhone ?? EMERGENCY_NUMBERS[region], isDefault: c.emergencyPhone === null },
    'urgent-line': urgent ? { kind: 'urgent-line', name: urgent.name, phone: urgent.phone, isDefault: c.urgentLine === null } : null,
    'parent-clinician': c.parentClinician ? { kind: 'parent-clinician', ...c.parentClinician, isDefault: false } : null,
    'baby-clinician': c.babyClinician ? { kind: 'baby-clinician', ...c.babyClinician, isDefault: false } : null,
  };
}

/**
 * The numbers to offer for the contacts a check result needs, the most pressing first, each once.
 * Seek care now: the urgent line, else her midwife or doctor (a maternity unit), with the emergency
 * number behind them. The emergency number is always offered at the urgent and emergency levels.
 */
export function callsFor(needs: readonly ContactNeed[], numbers: Record<Dialable['kind'], Dialable | null>): Dialable[] {
  const out: Dialable[] = [];
  const add = (d: Dialable | null) => {
    if (d && !out.some((x) => x.kind === d.kind)) out.push(d);
  };
  for (const n of needs) {
    if (n.kind === 'emergency') add(numbers.emergency);
    else if (n.kind === 'urgent-line') {
      add(numbers['urgent-line'] ?? numbers['parent-clinician']);
    } else if (n.kind === 'clinician') add(n.who === 'baby' ? numbers['baby-clinician'] : numbers['parent-clinician']);
  }
  if (needs.some((n) => n.kind === 'urgent-line')) add(numbers.emergency);
  return out;
}
