/**
 * Home care (watch and self-care) and the defaults. They look at what fired before them: a reassuring
 * reason never sits beside a more serious one about the same person.
 */
import { concerns } from './facts.js';
import { isAtLeast } from './levels.js';
import { firedFor, rule, type Rule } from './rule.js';
import { BABY_EMERGENCY_FIELDS, PARENT_EMERGENCY_FIELDS, PARENT_URGENT_FIELDS, type SymptomAnswers, type Who, type YesNo } from './types.js';

const HOME_CARE_SOURCES = ['ABM36', 'NHSDG', 'UIHC'] as const;
const PARENT_CORE = [...PARENT_EMERGENCY_FIELDS, ...PARENT_URGENT_FIELDS, 'fluLike', 'feelingVeryUnwell'] as const;

function unknown(xs: readonly YesNo[]): boolean {
  return xs.includes('unknown');
}

/**
 * Her questions whose skipped answer could hide a reason to act, for what the check is about: any
 * of them unknown keeps a check at watch. When she did not say what it is about, every one counts.
 */
export function parentCoreUnknown(a: SymptomAnswers): boolean {
  const parent = concerns(a, 'breast') || concerns(a, 'nipple') || concerns(a, 'fullness') || concerns(a, 'unwell');
  return (
    (parent && unknown(PARENT_CORE.map((f) => a[f]))) ||
    (concerns(a, 'breast') &&
      (a.lump.present === 'unknown' || a.redness.present === 'unknown' || a.pain === 'unknown' || a.nippleFluid === 'unknown' || unknown([a.possibleAbscess, a.skinBreakdown]))) ||
    (concerns(a, 'nipple') && (a.nippleDamage === 'unknown' || a.nippleFluid === 'unknown' || a.pain === 'unknown'))
  );
}

/**
 * The baby's questions whose skipped answer could hide a reason to act: feeding and the emergency
 * signs, the wet nappies (a skipped count and "last wet nappy" can hide a dry baby), and the yellow
 * skin and pale stools.
 */
export function babyCoreUnknown(a: SymptomAnswers): boolean {
  return (
    concerns(a, 'baby') &&
    (a.babyFeeding === 'unknown' ||
      unknown(BABY_EMERGENCY_FIELDS.map((f) => a[f])) ||
      (a.babyWetNappies24h === 'unknown' && a.babyHoursSinceWet === 'unknown') ||
      unknown([a.babyYellow, a.babyPaleStools]))
  );
}

export const HOME_RULES: readonly Rule[] = [
  rule({
    id: 'WATCH-TENDER',
    level: 'watch',
    en: 'You have a tender area or a lump. On its own, without a fever, a flu-like feeling or another warning sign, this can be cared for at home, checking again within 12 to 24 hours.',
    es: 'Tienes una zona dolorida o un bulto. Por sí solo, sin fiebre, sensación de gripe ni otro signo de alarma, se puede cuidar en casa y volver a comprobar en 12 a 24 horas.',
    citations: HOME_CARE_SOURCES,
    applies: ({ facts, fired }) => facts.localSign && !firedFor(fired, 'parent', 'call'),
  }),
  rule({
    id: 'WATCH-FULLNESS',
    level: 'watch',
    en: 'Both breasts full and firm after the first week is not something Lactea can call routine. Check again within 12 to 24 hours.',
    es: 'Los dos pechos llenos y firmes después de la primera semana no es algo que Lactea pueda considerar habitual. Vuelve a comprobarlo en 12 a 24 horas.',
    ageUnknown: {
      en: 'Both breasts full and firm: Lactea does not know when your baby was born, so it cannot call this routine. Check again within 12 to 24 hours.',
      es: 'Los dos pechos llenos y firmes: Lactea no sabe cuándo nació tu bebé, así que no puede considerarlo habitual. Vuelve a comprobarlo en 12 a 24 horas.',
    },
    citations: ['ABM20', 'ABM36'],
    // ABM20 is about the first days; what to do after them is Lactea's own.
    own: true,
    applies: ({ answers, facts, fired }) => answers.bothBreastsFullFirm === 'yes' && !facts.engorgementPattern && !firedFor(fired, 'parent', 'call'),
  }),
  rule({
    id: 'SELF-ENGORGEMENT',
    level: 'self-care',
    en: 'Both breasts full and firm in the first days after birth, on their own, can be cared for at home.',
    es: 'Los dos pechos llenos y firmes en los primeros días tras el parto, por sí solos, se pueden cuidar en casa.',
    citations: ['ABM20'],
    // "On their own": not beside any other reason about her to watch or act.
    applies: ({ facts, fired }) => facts.engorgementPattern && !firedFor(fired, 'parent', 'watch'),
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

/**
 * Nothing says to watch this person yet, and nothing says to act for anyone: only then do skipped
 * questions need a reason of their own (beside "call the emergency number", they are noise).
 */
function quiet(fired: readonly Rule[], who: Who): boolean {
  return !firedFor(fired, who, 'watch') && !fired.some((r) => isAtLeast(r.level, 'call'));
}

export const DEFAULT_RULES: readonly Rule[] = [
  rule({
    id: 'DEFAULT-WATCH-BABY',
    level: 'watch',
    who: 'baby',
    en: "Some important questions about your baby were not answered, so Lactea cannot say all is well. Check your baby again within 12 to 24 hours, and answer what you can. If you are worried, contact your baby's midwife, health visitor or doctor.",
    es: 'Faltan respuestas a algunas preguntas importantes sobre tu bebé, así que Lactea no puede decir que todo esté bien. Vuelve a comprobarlo en 12 a 24 horas y responde lo que puedas. Si algo te preocupa, contacta con la matrona, la enfermera pediátrica o el médico de tu bebé.',
    citations: ['ELHT', 'PCS-FEED'],
    own: true,
    applies: ({ answers, fired }) => quiet(fired, 'baby') && babyCoreUnknown(answers),
  }),
  rule({
    id: 'DEFAULT-WATCH',
    level: 'watch',
    en: 'Some important questions were not answered, so Lactea cannot say this is nothing to worry about. Check again within 12 to 24 hours, and answer what you can.',
    es: 'Faltan respuestas a algunas preguntas importantes, así que Lactea no puede decir que no haya nada de qué preocuparse. Vuelve a comprobarlo en 12 a 24 horas y responde lo que puedas.',
    citations: HOME_CARE_SOURCES,
    own: true,
    applies: ({ answers, fired }) => quiet(fired, 'parent') && parentCoreUnknown(answers),
  }),
  rule({
    id: 'DEFAULT-SELFCARE',
    level: 'self-care',
    en: 'Nothing you reported needs more than the usual care. If anything changes, run the check again.',
    es: 'Nada de lo que indicaste necesita más que los cuidados habituales. Si algo cambia, vuelve a hacer la comprobación.',
    citations: ['ABM36', 'PCS-FEED'],
    own: true,
    applies: ({ fired }) => fired.length === 0,
  }),
];
