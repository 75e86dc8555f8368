/**
 * What to do, what to avoid and which routines fit, from the answers' facts and the level
 * (CLINICAL.md §1 do/avoid, §2 techniques, §4 when not to massage). Never a dose, never a diagnosis.
 */
import { ROUTINE_IDS, type RoutineId } from '../routine-ids.js';
import type { Facts } from './facts.js';
import type { Advice, Level, Localized, SymptomAnswers } from './types.js';

function advice(id: string, en: string, es: string, citations: Advice['citations']): Advice {
  return { id, text: { en, es }, citations };
}

export const STEPS = {
  seekCareNow: advice(
    'seek-care-now',
    'Seek care now: go to an emergency department or call your local emergency number.',
    'Busca atención ya: ve a urgencias o llama al número de emergencias de tu zona.',
    ['NHSDG', 'NHSH', 'UNC'],
  ),
  contactToday: advice(
    'contact-provider-today',
    'Contact your provider (midwife, doctor or lactation professional) today.',
    'Contacta hoy con tu profesional de salud (matrona, médico o especialista en lactancia).',
    ['NICE', 'NHSDG', 'NHSH'],
  ),
  noMassage: advice(
    'no-massage',
    'Do not massage the breast at all until a professional has seen you.',
    'No masajees el pecho en absoluto hasta que te vea un profesional.',
    ['NHSDG', 'NHSH'],
  ),
  feedOnDemand: advice(
    'feed-on-demand',
    'Keep feeding your baby whenever they want, as usual.',
    'Sigue dando el pecho a demanda, como siempre.',
    ['ABM36', 'NHSDG'],
  ),
  noExtraPumping: advice(
    'no-extra-pumping',
    'Do not add feeds or pumping, and do not try to empty the breast. If it feels too full, express a little by hand, only until it is comfortable.',
    'No añadas tomas ni extracciones y no intentes vaciar el pecho. Si lo notas demasiado lleno, extrae un poco a mano, solo hasta estar cómoda.',
    ['ABM36', 'LACTAPP', 'UIHC', 'NHSDG'],
  ),
  cold: advice(
    'cold-wrapped',
    'Use cold, not heat: ice or a cold pack wrapped in a cloth, about 10 minutes at a time.',
    'Usa frío, no calor: hielo o una bolsa fría envuelta en un paño, unos 10 minutos cada vez.',
    ['NHSDG', 'UIHC'],
  ),
  painRelief: advice(
    'pain-relief',
    'You can take pain relief such as ibuprofen as the package or your clinician directs.',
    'Puedes tomar un analgésico como el ibuprofeno según indique el envase o tu profesional de salud.',
    ['UIHC', 'NHSDG'],
  ),
  supportiveBra: advice(
    'supportive-bra',
    'Wear a supportive bra that is not tight.',
    'Usa un sujetador que sujete sin apretar.',
    ['ABM36', 'NHSDG', 'UIHC'],
  ),
  lymphaticDrainage: advice(
    'lymphatic-drainage',
    'Try gentle lymphatic drainage: very light strokes that only move the skin, toward the armpit and collarbone. Never press deep.',
    'Prueba el drenaje linfático suave: caricias muy ligeras que solo mueven la piel, hacia la axila y la clavícula. Nunca presiones fuerte.',
    ['UIHC', 'ABM36'],
  ),
  reversePressureSoftening: advice(
    'reverse-pressure-softening',
    'Just before a feed, soften the areola with reverse pressure softening, then latch or pump right away.',
    'Justo antes de la toma, ablanda la areola con la presión inversa suavizante y después pon al bebé al pecho o extrae enseguida.',
    ['COTTERMAN04', 'COTTERMAN03', 'BCP-RPS'],
  ),
  recheck: advice(
    'recheck-12-24h',
    'Check again within 12 to 24 hours. If it is not better, or it is worse, contact your provider.',
    'Vuelve a comprobarlo en 12 a 24 horas. Si no mejora, o empeora, contacta con tu profesional de salud.',
    ['NICE', 'NHSDG', 'NHSH'],
  ),
  rerunIfChanges: advice(
    'rerun-if-changes',
    'If anything changes (a fever, chills, a red or sore area), run the check again.',
    'Si algo cambia (fiebre, escalofríos, una zona roja o dolorida), vuelve a hacer la comprobación.',
    ['UIHC', 'NHSDG'],
  ),
} as const satisfies Record<string, Advice>;

export const AVOID = {
  anyMassage: advice(
    'any-massage',
    'Any breast massage, until a professional has seen you.',
    'Cualquier masaje del pecho, hasta que te vea un profesional.',
    ['NHSDG', 'NHSH'],
  ),
  deepMassage: advice(
    'deep-massage',
    'Deep or firm massage, or rubbing a lump "toward the nipple": it can injure breast tissue.',
    'El masaje profundo o firme, o frotar un bulto "hacia el pezón": puede dañar el tejido del pecho.',
    ['ABM36', 'UIHC', 'DOUGLAS'],
  ),
  heat: advice('heat', 'Heat packs or warm compresses.', 'Bolsas de calor o compresas calientes.', ['NHSDG', 'UIHC']),
  vibration: advice(
    'vibration',
    'Vibrating massagers on the breast.',
    'Masajeadores con vibración en el pecho.',
    ['UIHC'],
  ),
  extraPumping: advice(
    'extra-pumping',
    'Extra pumping or feeds to "empty" the breast: removing more milk makes more milk and more swelling.',
    'Extracciones o tomas de más para "vaciar" el pecho: sacar más leche produce más leche y más hinchazón.',
    ['ABM36', 'LACTAPP', 'UIHC'],
  ),
  nippleShields: advice(
    'nipple-shields',
    'Nipple shields while the breast is inflamed.',
    'Pezoneras mientras el pecho esté inflamado.',
    ['ABM36'],
  ),
} as const satisfies Record<string, Advice>;

export function nextSteps(level: Level, answers: SymptomAnswers, facts: Facts, fit: readonly RoutineId[]): Advice[] {
  if (level === 'urgent') return [STEPS.seekCareNow, STEPS.noMassage];
  const care = facts.inflamed || answers.bothBreastsFullFirm === 'yes';
  return [
    ...(level === 'call' ? [STEPS.contactToday] : []),
    ...(facts.massageForbidden ? [STEPS.noMassage] : []),
    STEPS.feedOnDemand,
    ...(facts.inflamed ? [STEPS.noExtraPumping] : []),
    ...(care ? [STEPS.cold, STEPS.painRelief, STEPS.supportiveBra] : []),
    ...(fit.includes('lymphatic-drainage') ? [STEPS.lymphaticDrainage] : []),
    ...(fit.includes('reverse-pressure-softening') ? [STEPS.reversePressureSoftening] : []),
    ...(level === 'watch' ? [STEPS.recheck] : []),
    ...(level === 'self-care' ? [STEPS.rerunIfChanges] : []),
  ];
}

export function avoid(facts: Facts): Advice[] {
  return [
    ...(facts.massageForbidden ? [AVOID.anyMassage] : []),
    AVOID.deepMassage,
    ...(facts.inflamed || facts.massageForbidden
      ? [AVOID.heat, AVOID.vibration, AVOID.extraPumping, AVOID.nippleShields]
      : []),
  ];
}

/** Routines in library order, picked by a predicate. */
function routines(pick: (id: RoutineId) => boolean): RoutineId[] {
  return ROUTINE_IDS.filter(pick);
}

/** Light-touch care for the inflammation spectrum [ABM36] [UIHC]; hand expression only for comfort. */
const INFLAMMATION_ROUTINES: readonly RoutineId[] = ['inflammation-care', 'lymphatic-drainage', 'hand-expression'];
/** They raise supply or press and vibrate [MORTON09] [UIHC]; RPS not with inflammation [BCP-RPS]. */
const INFLAMMATION_AVOIDED: readonly RoutineId[] = ['hands-on-pumping', 'massager', 'reverse-pressure-softening'];

export function fitRoutines(answers: SymptomAnswers, facts: Facts): RoutineId[] {
  if (facts.massageForbidden) return [];
  const fit: readonly RoutineId[] = [
    ...(facts.inflamed ? INFLAMMATION_ROUTINES : []),
    ...(answers.bothBreastsFullFirm === 'yes' ? (['lymphatic-drainage'] as const) : []),
    ...(facts.rpsFits ? (['reverse-pressure-softening'] as const) : []),
  ];
  return routines((id) => fit.includes(id));
}

export function avoidRoutines(facts: Facts): RoutineId[] {
  if (facts.massageForbidden) return [...ROUTINE_IDS];
  const avoided = facts.inflamed ? INFLAMMATION_AVOIDED : [];
  return routines((id) => avoided.includes(id));
}

export const DISCLAIMER: Localized = {
  en: 'This check gives general guidance, not a diagnosis. If you are worried, contact a health professional, whatever the check says.',
  es: 'Esta comprobación da una orientación general, no un diagnóstico. Si algo te preocupa, contacta con un profesional de salud, diga lo que diga la comprobación.',
};
