/**
 * The user's preferences: kept on the device for a fast start (public/theme.js reads the same key
 * before the first paint) and saved to the account when signed in.
 */
import { DEFAULT_PREFERENCES, FIRST_RUN_STEPS, LANGUAGES, THEMES, type Preferences } from '../../src/domain/account.js';
import { WEIGHT_UNITS, weightUnitFor } from '../../src/domain/units.js';
import { api } from '../api.js';
import { setLanguage } from '../i18n.js';
import { createStore } from './store.js';
import { THEME_COLORS } from '../theme-colors.js';

const KEY = 'lactea.prefs';

function readLocal(): Preferences {
  try {
    const raw = localStorage.getItem(KEY);
    const p: Partial<Preferences> = raw ? (JSON.parse(raw) as Partial<Preferences>) : {};
    const volumeUnit = p.volumeUnit === 'floz' ? 'floz' : 'ml';
    return {
      volumeUnit,
      // Kept on this device before the weight had a unit of its own: it went with the volume unit.
      weightUnit: WEIGHT_UNITS.find((x) => x === p.weightUnit) ?? weightUnitFor(volumeUnit),
      temperatureUnit: p.temperatureUnit === 'f' ? 'f' : 'c',
      theme: THEMES.find((x) => x === p.theme) ?? DEFAULT_PREFERENCES.theme,
      language: LANGUAGES.find((x) => x === p.language) ?? browserLanguage(),
      emptyingReminder: validReminder(p.emptyingReminder),
      firstRun: [...FIRST_RUN_STEPS, 'done' as const].find((x) => x === p.firstRun) ?? 'done',
    };
  } catch {
    return { ...DEFAULT_PREFERENCES, language: browserLanguage() };
  }
}

function validReminder(r: unknown): Preferences['emptyingReminder'] {
  if (typeof r !== 'object' || r === null) return null;
  const { dayHours, nightHours } = r as { dayHours?: unknown; nightHours?: unknown };
  return typeof dayHours === 'number' && typeof nightHours === 'number' ? { dayHours, nightHours } : null;
}

function browserLanguage(): Preferences['language'] {
  return navigator.language.toLowerCase().startsWith('es') ? 'es' : 'en';
}

function writeLocal(p: Preferences): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(p));
  } catch {
    // Private mode: the account still has them.
  }
}

export const prefsStore = createStore<Preferences>(readLocal());

function applyTheme(theme: Preferences['theme']): void {
  const root = document.documentElement;
  if (theme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', theme);
  // The browser's bar follows: the chosen theme's colour, or each scheme's own under "system".
  document.querySelectorAll('meta[name="theme-color"]').forEach((m) => {
    const scheme = m.getAttribute('media')?.includes('dark') ? 'dark' : 'light';
    m.setAttribute('content', THEME_COLORS[theme === 'system' ? scheme : theme]);
  });
}

/** Applies the preferences to the page (theme now; language once its catalogue is loaded). */
export async function applyPreferences(p: Preferences): Promise<void> {
  applyTheme(p.theme);
  await setLanguage(p.language);
}

/** Preferences from the server win over the device's copy. */
export async function adoptPreferences(p: Preferences): Promise<void> {
  prefsStore.set(p);
  writeLocal(p);
  await applyPreferences(p);
}

/** Changes preferences here at once, then saves them to the account. Throws an ApiError if that fails. */
export async function changePreferences(change: Partial<Preferences>): Promise<void> {
  const next = { ...prefsStore.get(), ...change };
  prefsStore.set(next);
  writeLocal(next);
  await applyPreferences(next);
  await api.savePreferences(next);
}
