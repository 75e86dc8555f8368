/**
 * The triage rule table. Every rule rests on CLINICAL.md (§5 thresholds, §4 cautions) and cites
 * its sources. Rules are tested in table order; the two defaults at the end look at what fired
 * before them. Change RULES_VERSION with every change to this table: it is saved with each check.
 */
import type { SourceKey } from '../sources.js';
import { atLeast, DAY_MS, HOUR_MS, THRESHOLDS, computeFacts, type Facts } from './facts.js';
import { isAtLeast } from './levels.js';
import type { Level, Localized, SavedCheck, SymptomAnswers } from './types.js';

export const RULES_VERSION = '2026-11-23.1';

export interface RuleContext {
  answers: SymptomAnswers;
  facts: Facts;
  history: readonly SavedCheck[];
  nowMs: number;
  /** Rules that fired earlier in the table. */
  fired: readonly Rule[];
}

export interface Rule {
  id: string;
  level: Level;
  reason: Localized;
  citations: readonly SourceKey[];
  applies: (ctx: RuleContext) => boolean;
}

const URGENT_SOURCES: readonly SourceKey[] = ['NHSDG', 'NHSH', 'UNC'];
const NOT_BETTER_SOURCES: readonly SourceKey[] = ['NICE', 'NHSDG', 'NHSH'];
const LUMP_SOURCES: readonly SourceKey[] = ['NHSH', 'DOUGLAS', 'ABM30'];
const HOME_CARE_SOURCES: readonly SourceKey[] = ['ABM36', 'NHSDG', 'UIHC'];

/** Questions whose skipped answer could hide a reason to act: any of them unknown keeps a check at watch. */
function coreUnknown(a: SymptomAnswers): boolean {
  return (
    a.lump.present === 'unknown' ||
    a.redness.present === 'unknown' ||
    a.pain === 'unknown' ||
    a.nippleDamage === 'unknown' ||
    a.babyFeeding === 'unknown' ||
    [
      a.fluLike,
      a.confusion,
      a.fainting,
      a.fastHeartOrBreathing,
      a.rigors,
      a.vomitingPreventsMedicine,
      a.skinBreakdown,
      a.possibleAbscess,
      a.pusOrBlood,
      a.feelingVeryUnwell,
    ].includes('unknown')
  );
}

/** A single left/right answer on both checks that differs: not the same place. */
function differentSide(a: SymptomAnswers, b: SymptomAnswers): boolean {
  return a.side !== b.side && [a.side, b.side].every((s) => s === 'left' || s === 'right');
}

function ageMs(ctx: RuleContext, check: SavedCheck): number {
  return ctx.nowMs - check.savedAt;
}

export const RULES: readonly Rule[] = [
  // ---- urgent: seek care now (CLINICAL §5, §4) ----
  {
    id: 'URG-SEPSIS',
    level: 'urgent',
    reason: {
      en: 'Confusion, fainting, a fast heartbeat or breathing, shaking chills, or vomiting that stops you keeping medicine down can be signs of a serious infection that needs care now.',
      es: 'Confusión, desmayo, latidos o respiración rápidos, escalofríos con temblores, o vómitos que impiden tomar la medicación pueden ser signos de una infección grave que necesita atención ya.',
    },
    citations: URGENT_SOURCES,
    applies: ({ facts }) => facts.sepsisSign,
  },
  {
    id: 'URG-SPREADING',
    level: 'urgent',
    reason: {
      en: 'Redness that is spreading needs care now.',
      es: 'Un enrojecimiento que se extiende necesita atención ya.',
    },
    citations: URGENT_SOURCES,
    applies: ({ facts }) => facts.spreading,
  },
  {
    id: 'URG-RED-STREAKS',
    level: 'urgent',
    reason: {
      en: 'Red streaks running from the area are a way redness spreads, and spreading redness needs care now.',
      es: 'Las líneas rojas que salen de la zona son una forma de extenderse el enrojecimiento, y un enrojecimiento que se extiende necesita atención ya.',
    },
    citations: URGENT_SOURCES,
    applies: ({ facts }) => facts.streaks,
  },
  {
    id: 'URG-SKIN',
    level: 'urgent',
    reason: {
      en: 'Skin that is breaking down or turning dark or black needs care now.',
      es: 'Una piel que se rompe o se vuelve oscura o negra necesita atención ya.',
    },
    citations: URGENT_SOURCES,
    applies: ({ answers }) => answers.skinBreakdown === 'yes',
  },

  // ---- call: contact your provider today (CLINICAL §5) ----
  {
    id: 'CALL-FEVER-385',
    level: 'call',
    reason: {
      en: 'A temperature of 38.5 °C (101.3 °F) or more is a reason to contact your provider today.',
      es: 'Una temperatura de 38,5 °C (101,3 °F) o más es motivo para contactar hoy con tu profesional de salud.',
    },
    citations: ['ABM4'],
    applies: ({ facts }) => facts.fever385,
  },
  {
    id: 'CALL-FEVER-38',
    level: 'call',
    reason: {
      en: 'A temperature of 38.0 °C (100.4 °F) or more, or chills or flu-like aches, together with a red or sore area is a reason to contact your provider today. Lactea asks you to call even without a sore area, because it cannot tell where a fever comes from.',
      es: 'Una temperatura de 38,0 °C (100,4 °F) o más, o escalofríos o dolores como de gripe, junto con una zona roja o dolorida es motivo para contactar hoy con tu profesional de salud. Lactea te pide llamar aunque no haya zona dolorida, porque no puede saber de dónde viene la fiebre.',
    },
    citations: ['UIHC', 'ABM4'],
    applies: ({ facts }) => facts.febrile,
  },
  {
    id: 'CALL-VERY-UNWELL',
    level: 'call',
    reason: {
      en: 'Feeling very unwell needs a professional to look at you today. If it comes with any sign of a serious infection, seek care now.',
      es: 'Sentirte muy mal necesita que te valore hoy un profesional. Si viene con algún signo de infección grave, busca atención ya.',
    },
    citations: ['NHSH', 'NHSDG'],
    applies: ({ answers }) => answers.feelingVeryUnwell === 'yes',
  },
  {
    id: 'CALL-NOT-BETTER-24H',
    level: 'call',
    reason: {
      en: 'It started 24 hours or more ago and is not getting better. When home care has not helped within 12 to 24 hours, contact your provider.',
      es: 'Empezó hace 24 horas o más y no mejora. Si los cuidados en casa no ayudan en 12 a 24 horas, contacta con tu profesional de salud.',
    },
    citations: NOT_BETTER_SOURCES,
    applies: ({ answers, facts }) => facts.notBetter && atLeast(answers.hoursSinceOnset, THRESHOLDS.notBetterHours),
  },
  {
    id: 'CALL-WORSE-12H',
    level: 'call',
    reason: {
      en: 'It is getting worse after 12 hours or more (or you are not sure how long). Contact your provider today.',
      es: 'Está empeorando después de 12 horas o más (o no sabes cuánto tiempo lleva). Contacta hoy con tu profesional de salud.',
    },
    citations: NOT_BETTER_SOURCES,
    applies: ({ answers, facts }) =>
      facts.worse && (answers.hoursSinceOnset === 'unknown' || answers.hoursSinceOnset >= THRESHOLDS.worseHours),
  },
  {
    id: 'CALL-ABSCESS',
    level: 'call',
    reason: {
      en: 'A very firm, very tender swelling with a clear edge needs to be seen by a professional today. Do not massage it.',
      es: 'Una hinchazón muy firme, muy dolorosa y de borde bien marcado necesita que la vea hoy un profesional. No la masajees.',
    },
    citations: ['NHSDG'],
    applies: ({ answers }) => answers.possibleAbscess === 'yes',
  },
  {
    id: 'CALL-PUS-BLOOD',
    level: 'call',
    reason: {
      en: 'Pus or blood coming from the nipple is a reason to contact your provider today.',
      es: 'Pus o sangre que sale del pezón es motivo para contactar hoy con tu profesional de salud.',
    },
    citations: ['NICE', 'NHSDG'],
    applies: ({ answers }) => answers.pusOrBlood === 'yes',
  },
  {
    id: 'CALL-NIPPLE-INFECTED',
    level: 'call',
    reason: {
      en: 'A cracked nipple that looks infected (red, weeping, yellow crust) is a reason to contact your provider today.',
      es: 'Un pezón agrietado que parece infectado (rojo, que supura, con costra amarilla) es motivo para contactar hoy con tu profesional de salud.',
    },
    citations: ['NICE', 'NHSDG'],
    applies: ({ answers }) => answers.nippleDamage === 'infected',
  },
  {
    id: 'CALL-ANTIBIOTICS-48H',
    level: 'call',
    reason: {
      en: 'You started antibiotics 48 hours or more ago and it is not better. Contact your provider today.',
      es: 'Empezaste los antibióticos hace 48 horas o más y no mejora. Contacta hoy con tu profesional de salud.',
    },
    citations: ['UIHC', 'UNC'],
    applies: ({ answers, facts }) =>
      facts.notBetter &&
      answers.antibiotics.taking === 'yes' &&
      atLeast(answers.antibiotics.hoursSinceStart, THRESHOLDS.antibioticsNotBetterHours),
  },
  {
    id: 'CALL-ANTIBIOTICS-WORSE',
    level: 'call',
    reason: {
      en: 'It is getting worse 12 hours or more after starting antibiotics (or you are not sure when you started). Contact your provider today.',
      es: 'Está empeorando 12 horas o más después de empezar los antibióticos (o no sabes cuándo empezaste). Contacta hoy con tu profesional de salud.',
    },
    citations: ['UIHC', 'UNC'],
    applies: ({ answers, facts }) =>
      facts.worse &&
      answers.antibiotics.taking === 'yes' &&
      (answers.antibiotics.hoursSinceStart === 'unknown' ||
        answers.antibiotics.hoursSinceStart >= THRESHOLDS.antibioticsWorseHours),
  },
  {
    id: 'CALL-HEALTH-RISK',
    level: 'call',
    reason: {
      en: 'With diabetes or a weakened immune system, any sign of breast inflammation is a reason to contact your provider today.',
      es: 'Con diabetes o defensas bajas, cualquier signo de inflamación del pecho es motivo para contactar hoy con tu profesional de salud.',
    },
    citations: ['NHSH'],
    applies: ({ answers, facts }) =>
      answers.diabetesOrWeakImmunity === 'yes' && facts.inflamed,
  },
  {
    id: 'CALL-LUMP-7D',
    level: 'call',
    reason: {
      en: 'A lump that has lasted more than 7 days should be checked by a professional, even if it does not hurt. Imaging is safe while breastfeeding.',
      es: 'Un bulto que dura más de 7 días debe revisarlo un profesional, aunque no duela. Las pruebas de imagen son seguras durante la lactancia.',
    },
    citations: LUMP_SOURCES,
    applies: ({ answers }) => answers.lump.present === 'yes' && answers.lump.days !== 'unknown' && answers.lump.days > THRESHOLDS.lumpDays,
  },
  {
    id: 'CALL-LUMP-RECURRING',
    level: 'call',
    reason: {
      en: 'A lump that keeps coming back in the same place should be checked by a professional. Imaging is safe while breastfeeding.',
      es: 'Un bulto que vuelve a salir en el mismo sitio debe revisarlo un profesional. Las pruebas de imagen son seguras durante la lactancia.',
    },
    citations: LUMP_SOURCES,
    applies: ({ answers }) => answers.lump.present === 'yes' && answers.lump.sameSpotBefore === 'yes',
  },
  {
    id: 'CALL-BABY-FEEDING',
    level: 'call',
    reason: {
      en: 'Your baby is feeding poorly or not at all. Lactea has no rules for judging a baby, so contact your baby’s health provider or a lactation professional today.',
      es: 'Tu bebé come mal o no come. Lactea no tiene reglas para valorar a un bebé, así que contacta hoy con el profesional de salud de tu bebé o con una especialista en lactancia.',
    },
    citations: ['ABM36', 'NHSDG'],
    applies: ({ answers }) => answers.babyFeeding === 'poorly' || answers.babyFeeding === 'not-at-all',
  },

  // ---- call, from saved checks (a pattern that persists or worsens) ----
  {
    id: 'HIST-LUMP-7D',
    level: 'call',
    reason: {
      en: 'You also reported a lump in a check more than 7 days ago. A lump that lasts more than a week, or comes back, should be checked by a professional.',
      es: 'También indicaste un bulto en una comprobación de hace más de 7 días. Un bulto que dura más de una semana, o que vuelve, debe revisarlo un profesional.',
    },
    citations: ['NHSH', 'DOUGLAS'],
    applies: (ctx) =>
      ctx.facts.lump &&
      ctx.history.some(
        (h) => h.answers.lump.present === 'yes' && ageMs(ctx, h) > THRESHOLDS.lumpDays * DAY_MS && !differentSide(h.answers, ctx.answers),
      ),
  },
  {
    id: 'HIST-FEVER-48H',
    level: 'call',
    reason: {
      en: 'You also had a fever, chills or flu-like aches in a check within the last 48 hours. A fever that continues needs a call to your provider today.',
      es: 'También tuviste fiebre, escalofríos o dolores como de gripe en una comprobación de las últimas 48 horas. Una fiebre que continúa requiere llamar hoy a tu profesional de salud.',
    },
    citations: ['UIHC', 'ABM4', 'NICE', 'NHSDG'],
    applies: (ctx) =>
      ctx.facts.febrile &&
      ctx.history.some((h) => ageMs(ctx, h) <= THRESHOLDS.historyFeverHours * HOUR_MS && computeFacts(h.answers).febrile),
  },
  {
    id: 'HIST-NOT-BETTER',
    level: 'call',
    reason: {
      en: 'A check 12 hours or more ago, for this same problem, asked you to keep watch, and it is not better now. Contact your provider today.',
      es: 'Una comprobación de hace 12 horas o más, por este mismo problema, te pidió vigilar, y ahora no está mejor. Contacta hoy con tu profesional de salud.',
    },
    citations: NOT_BETTER_SOURCES,
    applies: (ctx) =>
      ctx.facts.notBetter &&
      ctx.history.some(
        (h) =>
          isAtLeast(h.result.level, 'watch') &&
          ageMs(ctx, h) >= THRESHOLDS.historyRecheckHours * HOUR_MS &&
          // Saved since this problem started (an unknown start counts as the same problem).
          (ctx.answers.hoursSinceOnset === 'unknown' || ageMs(ctx, h) <= ctx.answers.hoursSinceOnset * HOUR_MS),
      ),
  },

  // ---- watch: home care, recheck in 12–24 h ----
  {
    id: 'WATCH-TENDER',
    level: 'watch',
    reason: {
      en: 'You have a tender area or a lump. Without a fever, a flu-like feeling or another warning sign, it can be cared for at home, checking again within 12 to 24 hours.',
      es: 'Tienes una zona dolorida o un bulto. Sin fiebre, sensación de gripe ni otro signo de alarma, se puede cuidar en casa y volver a comprobar en 12 a 24 horas.',
    },
    citations: HOME_CARE_SOURCES,
    applies: ({ facts }) => facts.localSign,
  },
  {
    id: 'WATCH-FULLNESS',
    level: 'watch',
    reason: {
      en: 'Both breasts full and firm after the first week, or when Lactea does not know when the baby was born, is not something it can call routine. Check again within 12 to 24 hours.',
      es: 'Los dos pechos llenos y firmes después de la primera semana, o sin saber cuándo nació el bebé, no es algo que Lactea pueda considerar habitual. Vuelve a comprobarlo en 12 a 24 horas.',
    },
    citations: ['ABM20', 'ABM36'],
    applies: ({ answers, facts }) => answers.bothBreastsFullFirm === 'yes' && !facts.engorgementPattern,
  },

  // ---- self-care ----
  {
    id: 'SELF-ENGORGEMENT',
    level: 'self-care',
    reason: {
      en: 'Both breasts full and firm in the first days after birth, without warning signs, can be cared for at home.',
      es: 'Los dos pechos llenos y firmes en los primeros días tras el parto, sin signos de alarma, se pueden cuidar en casa.',
    },
    citations: ['ABM20'],
    applies: ({ facts }) => facts.engorgementPattern,
  },
  {
    id: 'SELF-AREOLA-RPS',
    level: 'self-care',
    reason: {
      en: 'An areola too swollen for the baby to latch can be softened with reverse pressure softening just before a feed.',
      es: 'Una areola tan hinchada que el bebé no puede agarrarse se puede ablandar con la técnica de presión inversa suavizante justo antes de la toma.',
    },
    citations: ['COTTERMAN04', 'COTTERMAN03', 'BCP-RPS'],
    applies: ({ facts }) => facts.rpsFits,
  },

  // ---- defaults ----
  {
    id: 'DEFAULT-WATCH',
    level: 'watch',
    reason: {
      en: 'Some important questions were not answered, so Lactea cannot say this is nothing to worry about. Check again within 12 to 24 hours, and answer what you can.',
      es: 'Faltan respuestas a algunas preguntas importantes, así que Lactea no puede decir que no haya nada de qué preocuparse. Vuelve a comprobarlo en 12 a 24 horas y responde lo que puedas.',
    },
    citations: HOME_CARE_SOURCES,
    applies: ({ answers, fired }) => !fired.some((r) => isAtLeast(r.level, 'watch')) && coreUnknown(answers),
  },
  {
    id: 'DEFAULT-SELFCARE',
    level: 'self-care',
    reason: {
      en: 'Nothing you reported needs more than the usual care. If anything changes, run the check again.',
      es: 'Nada de lo que indicaste necesita más que los cuidados habituales. Si algo cambia, vuelve a hacer la comprobación.',
    },
    citations: ['ABM36'],
    applies: ({ fired }) => fired.length === 0,
  },
];
