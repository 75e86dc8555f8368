/**
 * Plain sentences, in English and Spanish, for a comparison with and without massage. They report
 * an average difference with its 95% interval and never more: no "massage works", no causes.
 */

export interface Sentence {
  en: string;
  es: string;
}

/**
 * Who reads: the mother herself ("you pumped"), or her consultant reading a client's log, in the
 * third person ("she pumped"), with no instruction addressed to her ("Log 3 more…").
 */
export type Voice = 'own' | 'client';

/** What is being compared, phrased for both languages. */
export interface Phrasing {
  /** Absent: her own ('own'). */
  voice?: Voice;
  /** "With massage" / "Con masaje". */
  subject: Sentence;
  /** "you pumped" / "te extrajiste" (or "she pumped" / "se extrajo" for her consultant). */
  verb: Sentence;
  /** Text after "more"/"less": " per session" / " por sesión". */
  what: Sentence;
  unit: string;
  /** What the comparison is adjusted for, or null for a plain comparison of means. */
  adjustedFor: Sentence | null;
  /** The things being counted: sessions / samples. */
  things: { en: [string, string]; es: [string, string] };
  /** "with massage" / "con masaje", and "without massage" / "sin masaje". */
  withWord: Sentence;
  withoutWord: Sentence;
}

/** Magnitudes as a person reads them: whole numbers, or one decimal when all of them are below 10. */
export function formatNumber(x: number, lang: 'en' | 'es', decimals = Math.abs(x) < 10 ? 1 : 0): string {
  const f = 10 ** decimals;
  const s = (Math.round(Math.abs(x) * f) / f).toString();
  return lang === 'es' ? s.replace('.', ',') : s;
}

/** One precision for all the numbers of a sentence. */
function formatter(...xs: number[]): (x: number, lang: 'en' | 'es') => string {
  const decimals = xs.every((x) => Math.abs(x) < 10) ? 1 : 0;
  return (x, lang) => formatNumber(x, lang, decimals);
}

export function clearSentence(p: Phrasing, estimate: number, lower: number, upper: number): Sentence {
  const more = estimate > 0;
  const [lo, hi] = more ? [lower, upper] : [-upper, -lower];
  const f = formatter(estimate, lower, upper);
  const adjEn = p.adjustedFor ? `, after accounting for ${p.adjustedFor.en}` : '';
  const adjEs = p.adjustedFor ? `, teniendo en cuenta ${p.adjustedFor.es}` : '';
  return {
    en: `${p.subject.en} ${p.verb.en} on average ${f(estimate, 'en')} ${p.unit} ${more ? 'more' : 'less'}${p.what.en} (95% interval ${f(lo, 'en')} to ${f(hi, 'en')} ${p.unit}${more ? '' : ' less'})${adjEn}.`,
    es: `${p.subject.es} ${p.verb.es} de media ${f(estimate, 'es')} ${p.unit} ${more ? 'más' : 'menos'}${p.what.es} (intervalo del 95 %: de ${f(lo, 'es')} a ${f(hi, 'es')} ${p.unit}${more ? '' : ' menos'})${adjEs}.`,
  };
}

export function unclearSentence(p: Phrasing, lower: number, upper: number): Sentence {
  const f = formatter(lower, upper);
  const adjEn = p.adjustedFor ? `, after accounting for ${p.adjustedFor.en}` : '';
  const adjEs = p.adjustedFor ? `, teniendo en cuenta ${p.adjustedFor.es}` : '';
  return {
    en:
      `So far there is no clear difference between ${p.things.en[1]} ${p.withWord.en} and ${p.withoutWord.en}: the 95% interval runs from ${f(lower, 'en')} ${p.unit} less to ` +
      `${f(upper, 'en')} ${p.unit} more${p.what.en}${adjEn}, so it includes no difference at all. More ${p.things.en[1]} of both kinds, at varied times of day, would make the answer clearer.`,
    es:
      `Por ahora no hay una diferencia clara entre ${p.things.es[1]} ${p.withWord.es} y ${p.withoutWord.es}: el intervalo del 95 % va de ${f(lower, 'es')} ${p.unit} menos a ` +
      `${f(upper, 'es')} ${p.unit} más${p.what.es}${adjEs}, así que incluye que no haya ninguna diferencia. Más ${p.things.es[1]} de ambos tipos, a horas variadas, aclararían la respuesta.`,
  };
}

function count(n: number, forms: [string, string]): string {
  return `${n} ${n === 1 ? forms[0] : forms[1]}`;
}

export function notEnoughSentence(p: Phrasing, nWith: number, nWithout: number, min: number): Sentence {
  const needWith = Math.max(0, min - nWith);
  const needWithout = Math.max(0, min - nWithout);
  const asksEn: string[] = [];
  const asksEs: string[] = [];
  if (needWith > 0) {
    asksEn.push(`${needWith} more ${p.things.en[needWith === 1 ? 0 : 1]} ${p.withWord.en}`);
    asksEs.push(`${count(needWith, p.things.es)} más ${p.withWord.es}`);
  }
  if (needWithout > 0) {
    asksEn.push(`${needWithout} more ${p.things.en[needWithout === 1 ? 0 : 1]} ${p.withoutWord.en}`);
    asksEs.push(`${count(needWithout, p.things.es)} más ${p.withoutWord.es}`);
  }
  return {
    en:
      `Not enough data yet: there ${nWith === 1 ? 'is' : 'are'} ${count(nWith, p.things.en)} ${p.withWord.en} and ${nWithout} ${p.withoutWord.en}, ` +
      `and a fair comparison needs at least ${min} of each. ${p.voice === 'client' ? 'It needs' : 'Log'} ${asksEn.join(' and ')}.`,
    es:
      `Todavía no hay datos suficientes: hay ${count(nWith, p.things.es)} ${p.withWord.es} y ${nWithout} ${p.withoutWord.es}, ` +
      `y una comparación justa necesita al menos ${min} de cada tipo. ${p.voice === 'client' ? 'Faltan' : 'Registra'} ${asksEs.join(' y ')}.`,
  };
}
