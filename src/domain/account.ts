/** Users, households, members and babies as the API shows them. */
import type { Instant } from './time.js';
import type { TemperatureUnit, VolumeUnit, WeightUnit } from './units.js';

export const ROLES = ['owner', 'caregiver', 'consultant'] as const;
export type Role = (typeof ROLES)[number];

export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** The guided start after sign-up, step by step; 'done' once finished or skipped (and for older accounts). */
export const FIRST_RUN_STEPS = ['household', 'babies', 'units', 'partner'] as const;
export type FirstRunStep = (typeof FIRST_RUN_STEPS)[number];
export type FirstRun = FirstRunStep | 'done';

export interface Preferences {
  volumeUnit: VolumeUnit;
  /** Her babies' weights: kilograms, or pounds and ounces (a clinic may weigh in either). */
  weightUnit: WeightUnit;
  temperatureUnit: TemperatureUnit;
  theme: Theme;
  language: Language;
  /** Remind her when a breast has not been emptied for this long; null = off (the default). */
  emptyingReminder: { dayHours: number; nightHours: number } | null;
  /** Where she is in the guided start; a new account begins at 'household'. */
  firstRun: FirstRun;
}

export const DEFAULT_PREFERENCES: Preferences = {
  volumeUnit: 'ml',
  weightUnit: 'kg',
  temperatureUnit: 'c',
  theme: 'system',
  language: 'en',
  emptyingReminder: null,
  firstRun: 'done',
};

export interface User {
  id: string;
  email: string;
  createdAt: Instant;
  preferences: Preferences;
}

export interface HouseholdSummary {
  id: string;
  name: string;
  role: Role;
  createdAt: Instant;
  /** The volume unit new members start with (each may still choose their own). */
  volumeUnit: VolumeUnit;
  /** The weight unit new members start with (each may still choose their own). */
  weightUnit: WeightUnit;
}

export interface Baby {
  id: string;
  householdId: string;
  name: string;
  /** Calendar date "YYYY-MM-DD", or null when not given. */
  birthDate: string | null;
  createdAt: Instant;
  /** When archived: hidden from pickers and new entries, her sessions kept. Null while active. */
  archivedAt: Instant | null;
}

/**
 * What each role may do with a household's data. One table; the server's access check reads it.
 * `annotate` is writing care notes: the one thing a consultant writes, and only she does.
 */
export type Access = 'read' | 'write' | 'manage' | 'annotate';
export const ROLE_ACCESS: Record<Role, readonly Access[]> = {
  owner: ['read', 'write', 'manage'],
  caregiver: ['read', 'write'],
  consultant: ['read', 'annotate'],
};

export function roleAllows(role: Role, access: Access): boolean {
  return ROLE_ACCESS[role].includes(access);
}
