/** Words that agree with a number: the form for one and for any other count, per language (CLDR). */
import type { Language } from './account.js';

export interface Forms {
  one: string;
  other: string;
}

/** The form of `forms` that agrees with `n` in `lang` (Intl.PluralRules; "many" reads as "other"). */
export function plural(n: number, lang: Language, forms: Forms): string {
  return new Intl.PluralRules(lang).select(n) === 'one' ? forms.one : forms.other;
}
