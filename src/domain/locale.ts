/**
 * Locales for dates and times: her language, in the region her browser names ("en-GB" writes
 * 10 Dec 2026, 13:05; "en-US" Dec 10, 2026, 1:05 PM). The language is always hers; the region only
 * changes the order and the clock. Used by the web app (from navigator.languages) and by the report.
 */

/** The canonical form of a BCP 47 tag ("en-gb" → "en-GB"), or null when Intl does not know it. */
export function canonicalLocale(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

/** The language subtag of a locale ("en-GB" → "en"). */
export function languageOfLocale(tag: string): string {
  return tag.toLowerCase().split('-')[0] ?? '';
}

/** The first of `preferred` that is a known locale of `lang`, canonical; `lang` itself when none is. */
export function regionalLocale(lang: string, preferred: readonly string[]): string {
  for (const tag of preferred) {
    if (languageOfLocale(tag) !== lang) continue;
    const canonical = canonicalLocale(tag);
    if (canonical) return canonical;
  }
  return lang;
}
