/**
 * Translations with i18next, in two parts per language: what the shell and the home screen say
 * (`en.json`, English in the first load) and what every other screen says (`en-screens.json`,
 * fetched with the first screen that needs it, see components/lazy-screen.tsx). Spanish is fetched
 * when chosen. `languageStore` changes after a switch so the app re-renders in the new language.
 */
import i18next from 'i18next';
import type { Language } from '../src/domain/account.js';
import en from './i18n/en.json' with { type: 'json' };
import { createStore } from './state/store.js';

export const languageStore = createStore<Language>('en');

void i18next.init({
  lng: 'en',
  fallbackLng: 'en',
  resources: { en: { translation: en } },
  interpolation: { escapeValue: false },
  returnNull: false,
});

export const t = (key: string, options?: Record<string, unknown>): string => i18next.t(key, options);

/** True when the loaded catalogues have a string for the key (in the language in use or English). */
export const hasText = (key: string): boolean => i18next.exists(key);

async function loadCatalogue(lang: Language): Promise<void> {
  if (i18next.hasResourceBundle(lang, 'translation')) return;
  if (lang === 'es') {
    const es = await import('./i18n/es.json', { with: { type: 'json' } });
    i18next.addResourceBundle('es', 'translation', es.default, true, true);
  }
}

const screensLoaded = new Map<Language, Promise<void>>();
let screensWanted = false;

function loadScreens(lang: Language): Promise<void> {
  let p = screensLoaded.get(lang);
  if (!p) {
    p = (lang === 'es' ? import('./i18n/es-screens.json', { with: { type: 'json' } }) : import('./i18n/en-screens.json', { with: { type: 'json' } })).then(
      (m) => {
        i18next.addResourceBundle(lang, 'translation', m.default, true, true);
      },
      (e: unknown) => {
        screensLoaded.delete(lang); // try again next time (offline before the app was cached)
        throw e;
      },
    );
    screensLoaded.set(lang, p);
  }
  return p;
}

/** The strings of every screen beyond home, in the language in use (and English, the fallback). */
export async function ensureScreenStrings(): Promise<void> {
  screensWanted = true;
  const lang = languageStore.get();
  await Promise.all([loadScreens('en'), lang === 'en' ? undefined : loadScreens(lang)]);
}

export async function setLanguage(lang: Language): Promise<void> {
  await loadCatalogue(lang);
  if (screensWanted) await loadScreens(lang);
  await i18next.changeLanguage(lang);
  document.documentElement.lang = lang;
  languageStore.set(lang);
}
