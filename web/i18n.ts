/**
 * Translations with i18next. English ships in the first load; Spanish is fetched when chosen.
 * `languageStore` changes after a switch so the app re-renders in the new language.
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

async function loadCatalogue(lang: Language): Promise<void> {
  if (i18next.hasResourceBundle(lang, 'translation')) return;
  if (lang === 'es') {
    const es = await import('./i18n/es.json', { with: { type: 'json' } });
    i18next.addResourceBundle('es', 'translation', es.default);
  }
}

export async function setLanguage(lang: Language): Promise<void> {
  await loadCatalogue(lang);
  await i18next.changeLanguage(lang);
  document.documentElement.lang = lang;
  languageStore.set(lang);
}
