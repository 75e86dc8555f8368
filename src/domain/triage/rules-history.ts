/** Rules that read the household's saved checks: a pattern that persists or does not get better. */
import { computeFacts, DAY_MS, HOUR_MS, THRESHOLDS } from './facts.js';
import { isAtLeast } from './levels.js';
import { rule, type Rule, type RuleContext } from './rule.js';
import type { SavedCheck, SymptomAnswers } from './types.js';

/** A single left/right answer on both checks that differs: not the same place. */
function differentSide(a: SymptomAnswers, b: SymptomAnswers): boolean {
  return a.side !== b.side && [a.side, b.side].every((s) => s === 'left' || s === 'right');
}

function ageMs(ctx: RuleContext, check: SavedCheck): number {
  return ctx.nowMs - check.savedAt;
}

function rednessOrLump(a: SymptomAnswers): boolean {
  return a.lump.present === 'yes' || a.redness.present === 'yes';
}

export const HISTORY_RULES: readonly Rule[] = [
  rule({
    id: 'HIST-PERSISTENT',
    level: 'call',
    en: 'You also reported redness or a lump in a check more than 7 days ago. Redness or a lump that lasts more than a week, or comes back, should be looked at today: it needs an examination and usually a scan, which is compatible with breastfeeding.',
    es: 'También indicaste enrojecimiento o un bulto en una comprobación de hace más de 7 días. Un enrojecimiento o un bulto que dura más de una semana, o que vuelve, debe valorarse hoy: necesita una exploración y, por lo general, una prueba de imagen, que es compatible con la lactancia.',
    citations: ['NHSH', 'DOUGLAS', 'ABM30', 'ACR18'],
    own: true,
    applies: (ctx) =>
      rednessOrLump(ctx.answers) &&
      ctx.history.some((h) => rednessOrLump(h.answers) && ageMs(ctx, h) > THRESHOLDS.persistDays * DAY_MS && !differentSide(h.answers, ctx.answers)),
  }),
  rule({
    id: 'HIST-FEVER-48H',
    level: 'call',
    en: 'You also had a fever, chills or flu-like aches in a check within the last 48 hours. A fever that continues needs a call to your midwife or doctor today.',
    es: 'También tuviste fiebre, escalofríos o dolores como de gripe en una comprobación de las últimas 48 horas. Una fiebre que continúa requiere llamar hoy a tu matrona o tu médico.',
    citations: ['UIHC', 'ABM4', 'NICE', 'NHSDG'],
    applies: (ctx) =>
      ctx.facts.febrile && ctx.history.some((h) => ageMs(ctx, h) <= THRESHOLDS.historyFeverHours * HOUR_MS && computeFacts(h.answers).febrile),
  }),
  rule({
    id: 'HIST-NOT-BETTER',
    level: 'call',
    en: 'A check 12 hours or more ago, for this same problem, asked you to keep watch, and it is not better now. Contact your midwife or doctor today.',
    es: 'Una comprobación de hace 12 horas o más, por este mismo problema, te pidió vigilar, y ahora no está mejor. Contacta hoy con tu matrona o tu médico.',
    citations: ['NICE', 'NHSDG', 'NHSH'],
    applies: (ctx) =>
      ctx.facts.inflamed &&
      ctx.facts.notBetter &&
      ctx.history.some(
        (h) =>
          isAtLeast(h.result.level, 'watch') &&
          ageMs(ctx, h) >= THRESHOLDS.historyRecheckHours * HOUR_MS &&
          // Saved since this problem started (an unknown start counts as the same problem).
          (ctx.answers.hoursSinceOnset === 'unknown' || ageMs(ctx, h) <= ctx.answers.hoursSinceOnset * HOUR_MS),
      ),
  }),
];
