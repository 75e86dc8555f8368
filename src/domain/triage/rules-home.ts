/** Home care (watch and self-care) and the two defaults, which look at what fired before them. */
import { concerns } from './facts.js';
import { isAtLeast } from './levels.js';
import { rule, type Rule } from './rule.js';
import { BABY_EMERGENCY_FIELDS, PARENT_EMERGENCY_FIELDS, PARENT_URGENT_FIELDS, type SymptomAnswers, type YesNo } from './types.js';

const HOME_CARE_SOURCES = ['ABM36', 'NHSDG', 'UIHC'] as const;
const PARENT_CORE = [...PARENT_EMERGENCY_FIELDS, ...PARENT_URGENT_FIELDS, 'fluLike', 'feelingVeryUnwell'] as const;

/**
 * Questions whose skipped answer could hide a reason to act, for what the check is about: any of
 * them unknown keeps a check at watch. When she did not say what it is about, every one counts.
 */
export function coreUnknown(a: SymptomAnswers): boolean {
  const unknown = (xs: readonly YesNo[]) => xs.includes('unknown');
  const parent = concerns(a, 'breast') || concerns(a, 'nipple') || concerns(a, 'fullness') || concerns(a, 'unwell');
  return (
    (parent && unknown(PARENT_CORE.map((f) => a[f]))) ||
    (concerns(a, 'breast') &&
      (a.lump.present === 'unknown' || a.redness.present === 'unknown' || a.pain === 'unknown' || a.nippleFluid === 'unknown' || unknown([a.possibleAbscess, a.skinBreakdown]))) ||
    (concerns(a, 'nipple') && (a.nippleDamage === 'unknown' || a.nippleFluid === 'unknown' || a.pain === 'unknown')) ||
    (concerns(a, 'baby') && (a.babyFeeding === 'unknown' || unknown(BABY_EMERGENCY_FIELDS.map((f) => a[f]))))
  );
}

export const HOME_RULES: readonly Rule[] = [
  rule({
    id: 'WATCH-TENDER',
    level: 'watch',
    en: 'You have a tender area or a lump. On its own, without a fever, a flu-like feeling or another warning sign, this can be cared for at home, checking again within 12 to 24 hours.',
    es: 'Tienes una zona dolorida o un bulto. Por sí solo, sin fiebre, sensación de gripe ni otro signo de alarma, se puede cuidar en casa y volver a comprobar en 12 a 24 horas.',
    citations: HOME_CARE_SOURCES,
    applies: ({ facts }) => facts.localSign,
  }),
  rule({
    id: 'WATCH-FULLNESS',
    level: 'watch',
    en: 'Both breasts full and firm after the first week, or when Lactea does not know when the baby was born, is not something it can call routine. Check again within 12 to 24 hours.',
    es: 'Los dos pechos llenos y firmes después de la primera semana, o sin saber cuándo nació el bebé, no es algo que Lactea pueda considerar habitual. Vuelve a comprobarlo en 12 a 24 horas.',
    citations: ['ABM20', 'ABM36'],
    applies: ({ answers, facts }) => answers.bothBreastsFullFirm === 'yes' && !facts.engorgementPattern,
  }),
  rule({
    id: 'SELF-ENGORGEMENT',
    level: 'self-care',
    en: 'Both breasts full and firm in the first days after birth, on their own, can be cared for at home.',
    es: 'Los dos pechos llenos y firmes en los primeros días tras el parto, por sí solos, se pueden cuidar en casa.',
    citations: ['ABM20'],
    applies: ({ facts }) => facts.engorgementPattern,
  }),
  rule({
    id: 'SELF-AREOLA-RPS',
    level: 'self-care',
    en: 'An areola too swollen for the baby to latch can be softened with reverse pressure softening just before a feed.',
    es: 'Una areola tan hinchada que el bebé no puede agarrarse se puede ablandar con la técnica de presión inversa suavizante justo antes de la toma.',
    citations: ['COTTERMAN04', 'COTTERMAN03', 'BCP-RPS'],
    applies: ({ facts }) => facts.rpsFits,
  }),
];

export const DEFAULT_RULES: readonly Rule[] = [
  rule({
    id: 'DEFAULT-WATCH',
    level: 'watch',
    en: 'Some important questions were not answered, so Lactea cannot say this is nothing to worry about. Check again within 12 to 24 hours, and answer what you can.',
    es: 'Faltan respuestas a algunas preguntas importantes, así que Lactea no puede decir que no haya nada de qué preocuparse. Vuelve a comprobarlo en 12 a 24 horas y responde lo que puedas.',
    citations: HOME_CARE_SOURCES,
    applies: ({ answers, fired }) => !fired.some((r) => isAtLeast(r.level, 'watch')) && coreUnknown(answers),
  }),
  rule({
    id: 'DEFAULT-SELFCARE',
    level: 'self-care',
    en: 'Nothing you reported needs more than the usual care. If anything changes, run the check again.',
    es: 'Nada de lo que indicaste necesita más que los cuidados habituales. Si algo cambia, vuelve a hacer la comprobación.',
    citations: ['ABM36'],
    applies: ({ fired }) => fired.length === 0,
  }),
];
