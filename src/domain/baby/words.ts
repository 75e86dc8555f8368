/**
 * The words of the "enough milk?" card, in English and Spanish, shared by the app and the report
 * (the server's PDF has no i18n catalogue). Plain, calm, facts and the table's expectation; who to
 * contact and how soon. Two audiences: the parent, and a consultant reading a client's household.
 */
import type { Language } from '../account.js';
import { plural, type Forms } from '../plural.js';
import type { Finding, Urgency } from './enough-milk.js';
import type { DirtyLooks, NappyExpectation, WetLooks } from './nappy-table.js';

export type Audience = 'parent' | 'consultant';

interface Ctx {
  lang: Language;
  /** The baby's name. */
  name: string;
  audience: Audience;
}

type L = Record<Language, string>;
/** A sentence with a number in it: its form for one and for any other count (CLDR's "one" and "other"). */
type Counted = Record<Language, Forms>;

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));
}

function num(n: number, lang: Language, decimals = 0): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: decimals, minimumFractionDigits: decimals }).format(n);
}

const WET_LOOKS: Record<WetLooks, L> = {
  'may-be-pink': { en: 'may be pink (urates)', es: 'puede haber manchas rosadas (uratos)' },
  heavier: { en: 'heavier', es: 'más pesados' },
  heavy: { en: 'heavy', es: 'pesados' },
};

const DIRTY_LOOKS: Record<DirtyLooks, L> = {
  meconium: { en: 'dark green or black, tar-like (meconium)', es: 'verde oscuro o negro, pegajoso (meconio)' },
  changing: { en: 'changing colour (brown, green, yellow)', es: 'cambiando de color (marrón, verde, amarillo)' },
  'yellow-watery': { en: 'yellow, may be watery', es: 'amarillo, puede ser líquido' },
  'yellow-seedy': { en: 'yellow and seedy, at least the size of a £2 coin (about 2.8 cm)', es: 'amarillo y grumoso, al menos del tamaño de una moneda de 2 £ (unos 2,8 cm)' },
};

/** "6 or more wet nappies a day, heavy" — one row of the table in words. */
export function wetExpectationText(e: NappyExpectation, lang: Language): string {
  return fill(lang === 'es' ? '{n} o más pañales mojados al día, {looks}' : '{n} or more wet nappies a day, {looks}', { n: e.wetAtLeast, looks: WET_LOOKS[e.wetLooks][lang] });
}

export function dirtyExpectationText(e: NappyExpectation, lang: Language): string {
  return fill(lang === 'es' ? '{n} o más pañales con caca al día, {looks}' : '{n} or more dirty nappies a day, {looks}', { n: e.dirtyAtLeast, looks: DIRTY_LOOKS[e.dirtyLooks][lang] });
}

const FINDINGS: Record<Finding['id'], L | Counted> = {
  'dry-12h': {
    en: 'No wet nappy logged for {hours} hours. If {name} really has been dry for 12 hours or more, this is an emergency.',
    es: 'Ningún pañal mojado anotado en {hours} horas. Si de verdad {name} lleva 12 horas o más sin mojar el pañal, es una urgencia.',
  },
  'no-wet-8h': {
    en: 'No wet nappy logged for {hours} hours.',
    es: 'Ningún pañal mojado anotado en {hours} horas.',
  },
  'wet-below': {
    en: { one: '{n} wet nappy {window}; for {name}’s age the table expects {expected} or more.', other: '{n} wet nappies {window}; for {name}’s age the table expects {expected} or more.' },
    es: { one: '{n} pañal mojado {window}; para la edad de {name}, la tabla espera {expected} o más.', other: '{n} pañales mojados {window}; para la edad de {name}, la tabla espera {expected} o más.' },
  },
  'pale-stool': {
    en: 'A pale or chalky stool was logged since yesterday.',
    es: 'Desde ayer se anotó una caca pálida o blanquecina.',
  },
  'dirty-below': {
    en: { one: '{n} dirty nappy yesterday; the table expects {expected} or more.', other: '{n} dirty nappies yesterday; the table expects {expected} or more.' },
    es: { one: '{n} pañal con caca ayer; la tabla espera {expected} o más.', other: '{n} pañales con caca ayer; la tabla espera {expected} o más.' },
  },
  'pink-urates': {
    en: 'Pink urates in a wet nappy on day {day}. After the first couple of days this can be a sign of too little milk.',
    es: 'Uratos rosados en un pañal mojado el día {day}. Pasados los primeros días puede ser señal de que le falta leche.',
  },
  'few-feeds': {
    en: {
      one: '{n} feed logged in the last 24 hours; the checklist looks for 8 or more. If {name} is also sleepy or not interested in feeds, that is a reason to call today.',
      other: '{n} feeds logged in the last 24 hours; the checklist looks for 8 or more. If {name} is also sleepy or not interested in feeds, that is a reason to call today.',
    },
    // Worded so that it never gives the baby a grammatical gender ("tiene mucho sueño", not "somnoliento/a").
    es: {
      one: '{n} toma anotada en las últimas 24 horas; la lista de comprobación busca 8 o más. Si además {name} tiene mucho sueño o no muestra interés por comer, es motivo para llamar hoy.',
      other: '{n} tomas anotadas en las últimas 24 horas; la lista de comprobación busca 8 o más. Si además {name} tiene mucho sueño o no muestra interés por comer, es motivo para llamar hoy.',
    },
  },
  'weight-loss': {
    en: '{percent}% below birth weight{onDay}. A loss of more than 10% calls for a check of {name} and of a feed.',
    es: '{percent} % por debajo del peso al nacer{onDay}. Una pérdida de más del 10 % requiere revisar a {name} y ver una toma.',
  },
};

const WINDOW: Record<'yesterday' | 'last-24h', L> = {
  yesterday: { en: 'yesterday', es: 'ayer' },
  'last-24h': { en: 'in the last 24 hours', es: 'en las últimas 24 horas' },
};

/** A finding's sentence, in the form that agrees with its count. */
function findingTemplate(f: Finding, lang: Language): string {
  const t = FINDINGS[f.id][lang];
  if (typeof t === 'string') return t;
  const n = f.id === 'wet-below' ? f.wet : f.id === 'dirty-below' ? f.dirty : f.id === 'few-feeds' ? f.feeds : 0;
  return plural(n, lang, t);
}

export function findingText(f: Finding, c: Ctx): string {
  const template = findingTemplate(f, c.lang);
  switch (f.id) {
    case 'dry-12h':
    case 'no-wet-8h':
      return fill(template, { hours: f.hours, name: c.name });
    case 'wet-below':
      return fill(template, { n: f.wet, expected: f.expected, window: WINDOW[f.window][c.lang], name: c.name });
    case 'dirty-below':
      return fill(template, { n: f.dirty, expected: f.expected });
    case 'pink-urates':
      return fill(template, { day: f.dayOfLife });
    case 'few-feeds':
      return fill(template, { n: f.feeds, name: c.name });
    case 'weight-loss':
      return fill(template, {
        percent: num(Math.abs(f.percent), c.lang, 1),
        onDay: f.dayOfLife === null ? '' : fill(c.lang === 'es' ? ' el día {d}' : ' on day {d}', { d: f.dayOfLife }),
        name: c.name,
      });
    case 'pale-stool':
      return template;
  }
}

const CONTACT: Record<Audience, Record<Urgency, L>> = {
  parent: {
    emergency: { en: 'Call your local emergency number or go to an emergency department now.', es: 'Llama ahora al número de emergencias o ve a urgencias.' },
    today: {
      en: 'Contact {name}’s midwife, health visitor or doctor today — not only a breastfeeding or lactation adviser.',
      es: 'Contacta hoy con la matrona, la enfermera de pediatría o el médico de {name}, no solo con una asesora de lactancia.',
    },
    soon: { en: 'Talk to {name}’s midwife or health visitor soon.', es: 'Habla pronto con la matrona o la enfermera de pediatría de {name}.' },
  },
  consultant: {
    emergency: { en: 'Your client should call the local emergency number now.', es: 'Tu clienta debe llamar ahora al número de emergencias.' },
    today: {
      en: 'Your client should contact {name}’s midwife, health visitor or doctor today, not a lactation professional alone.',
      es: 'Tu clienta debe contactar hoy con la matrona, la enfermera de pediatría o el médico de {name}, no solo con una profesional de la lactancia.',
    },
    soon: { en: 'Your client should talk to {name}’s midwife or health visitor soon.', es: 'Tu clienta debería hablar pronto con la matrona o la enfermera de pediatría de {name}.' },
  },
};

/** Who to contact and how soon, for the most urgent finding. */
export function contactText(urgency: Urgency, c: Ctx): string {
  return fill(CONTACT[c.audience][urgency][c.lang], { name: c.name });
}

export const LACTEA_OWN_RULE: L = {
  en: 'Lactea’s own rule, built from the sources listed; not a guideline’s wording.',
  es: 'Regla propia de Lactea, construida a partir de las fuentes citadas; no es el texto de una guía.',
};

/** The card never says a baby is fine: this is what it says about itself instead, to each reader. */
export const CARD_LIMITS: Record<Audience, L> = {
  parent: {
    en: 'These are the numbers you logged, set against a table. They cannot tell how your baby is: if you are worried, trust that and ask.',
    es: 'Son los números que anotaste, comparados con una tabla. No pueden decir cómo está tu bebé: si te preocupa algo, hazte caso y pregunta.',
  },
  consultant: {
    en: 'These are the numbers your client logged, set against a table. They cannot tell how the baby is: if she is worried, that is reason enough to ask the baby’s midwife, health visitor or doctor.',
    es: 'Son los números que anotó tu clienta, comparados con una tabla. No pueden decir cómo está el bebé: si a ella le preocupa algo, eso basta para preguntar a la matrona, la enfermera de pediatría o el médico del bebé.',
  },
};
