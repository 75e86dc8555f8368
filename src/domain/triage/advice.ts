/**
 * What to do, what to avoid and which routines fit, from the answers' facts and the level
 * (CLINICAL.md §1 do/avoid, §2 techniques, §4 when not to massage, §9–§12 whom to contact, §18
 * inflammation care). Never a dose, never a diagnosis.
 */
import { ROUTINE_IDS, type RoutineId } from '../routine-ids.js';
import { concerns, type Facts } from './facts.js';
import { isAtLeast, levelRank } from './levels.js';
import type { Advice, ContactKind, ContactNeed, FiredRule, Level, Localized, SymptomAnswers, Who } from './types.js';

function advice(id: string, en: string, es: string, citations: Advice['citations'], own = false): Advice {
  return own ? { id, text: { en, es }, citations, own } : { id, text: { en, es }, citations };
}

export const STEPS = {
  callEmergency: advice(
    'call-emergency',
    'Call the emergency number now, or go to the nearest emergency department.',
    'Llama ya al número de emergencias, o ve al servicio de urgencias más cercano.',
    ['NHS-SEPSIS', 'UKST-SN', 'NCT-SEPSIS'],
    true,
  ),
  callEmergencyBaby: advice(
    'call-emergency-baby',
    'Call the emergency number now for your baby, or take your baby to the nearest emergency department.',
    'Llama ya al número de emergencias por tu bebé, o lleva a tu bebé al servicio de urgencias más cercano.',
    ['HT-JAUN', 'HT-NPB', 'MKUH'],
  ),
  seekCareNow: advice(
    'seek-care-now',
    'Seek care now: call your urgent health line or your maternity unit now, or go to an emergency department. You do not need to be sure it is serious to call. If you feel worse, call the emergency number.',
    'Busca atención ya: llama ahora a tu línea de salud urgente o a tu unidad de maternidad, o ve a un servicio de urgencias. Para llamar no hace falta tener la certeza de que es grave. Si te encuentras peor, llama al número de emergencias.',
    ['NHS-SEPSIS', 'NCT-SEPSIS', 'UKST-SN', 'NHSDG', 'NHSH'],
  ),
  remeasure: advice(
    'remeasure-temperature',
    'Measure your temperature again now. If it is still below 36 °C (96.8 °F), call your urgent health line now.',
    'Vuelve a medirte la temperatura ahora. Si sigue por debajo de 36 °C (96,8 °F), llama ya a tu línea de salud urgente.',
    ['NG51-T', 'UKST-SN', 'NHS-SEPSIS'],
    true,
  ),
  contactToday: advice(
    'contact-provider-today',
    'Contact your midwife or doctor today, even in the evening or at a weekend. Tell them what you told this check.',
    'Contacta hoy con tu matrona o tu médico, aunque sea por la tarde o en fin de semana. Cuéntales lo que has indicado en esta comprobación.',
    ['NICE', 'NHSDG', 'NHSH'],
  ),
  contactBabyToday: advice(
    'contact-baby-clinician-today',
    "Contact your baby's midwife, health visitor or doctor today, not only a lactation professional. If your baby gets worse before then, call the emergency number.",
    'Contacta hoy con la matrona, la enfermera pediátrica o el médico de tu bebé, no solo con una especialista en lactancia. Si tu bebé empeora antes, llama al número de emergencias.',
    ['HT-JAUN', 'ELHT', 'PCS-FEED'],
    true,
  ),
  examination: advice(
    'ask-for-examination',
    'Ask for an examination: inflammation or a lump that lasts, does not clear, or comes back usually needs a scan, not just another course of antibiotics. Scans and biopsies are compatible with breastfeeding.',
    'Pide que te exploren: una inflamación o un bulto que dura, no se cura o vuelve suele necesitar una prueba de imagen, no solo otro tratamiento antibiótico. Las pruebas de imagen y las biopsias son compatibles con la lactancia.',
    ['NHSDG-BI', 'NHSDG', 'NCI-IBC', 'ABM30', 'ACR18', 'BFS-IMG'],
    true,
  ),
  latchHelp: advice(
    'latch-help',
    'Get help with the latch and positioning, or with the pump, within a day or two: a midwife, health visitor or lactation professional can watch a feed. Pain at every feed, a crack or bleeding are reasons to ask soon.',
    'Pide ayuda con el agarre y la postura, o con el sacaleches, en un día o dos: una matrona, una enfermera pediátrica o una especialista en lactancia puede observar una toma. El dolor en cada toma, una grieta o el sangrado son motivos para pedirla pronto.',
    ['NHS-S4L-NIP', 'NHSW-NIP', 'NHSDG-PAIN', 'ABM26'],
    true,
  ),
  noMassage: advice(
    'no-massage',
    'Do not massage the breast at all until a professional has seen you.',
    'No masajees el pecho en absoluto hasta que te vea un profesional.',
    ['NHSDG', 'NHSH'],
  ),
  feedOnDemand: advice(
    'feed-on-demand',
    'Keep feeding your baby, or pumping, as usual, whenever your baby wants.',
    'Sigue con las tomas o las extracciones de siempre, cuando tu bebé lo pida.',
    ['ABM36', 'NHSDG'],
  ),
  milkSafe: advice(
    'milk-safe',
    'Your milk stays safe for a healthy baby born at term, from the sore side too; it may taste a little saltier. If your baby was born early or is unwell, ask the baby’s team.',
    'Tu leche sigue siendo segura para un bebé sano nacido a término, también la del lado dolorido; puede saber un poco más salada. Si tu bebé nació antes de tiempo o está enfermo, pregunta a su equipo.',
    ['NCT-MAST', 'NHSC-MAST', 'NHSDG-BI', 'LLLC'],
  ),
  noExtraPumping: advice(
    'no-extra-pumping',
    'Do not add feeds or pumping, and do not try to empty the breast. If it feels too full, express a little by hand, only until it is comfortable.',
    'No añadas tomas ni extracciones y no intentes vaciar el pecho. Si lo notas demasiado lleno, extrae un poco a mano, solo hasta estar cómoda.',
    ['ABM36', 'LACTAPP', 'UIHC', 'NHSDG'],
  ),
  cold: advice(
    'cold-wrapped',
    'Use cold, not heat: ice or a cold pack wrapped in a cloth, for about 10 minutes, no more than once an hour.',
    'Usa frío, no calor: hielo o una bolsa fría envuelta en un paño, unos 10 minutos, como mucho una vez cada hora.',
    ['NHSDG', 'UIHC'],
    true,
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
  positioning: advice(
    'positioning',
    'At the breast: hold your baby’s whole body close, nose level with your nipple, head tipped back a little; when the mouth opens wide, bring your baby in chin first. After the first few strong sucks it should not hurt.',
    'Al pecho: sujeta a tu bebé con todo el cuerpo pegado al tuyo, la nariz a la altura del pezón y la cabeza un poco hacia atrás; cuando abra bien la boca, acércalo con la barbilla primero. Pasadas las primeras succiones fuertes, no debería doler.',
    ['STEES', 'NHS-S4L-NIP'],
  ),
  flangeFit: advice(
    'flange-fit',
    'If you pump: pumping should not hurt. The flange (funnel) is sized by the width of your nipple, which should move freely with a little space around it; lower the suction if it hurts.',
    'Si usas sacaleches: no debería doler. El embudo se elige por el ancho del pezón, que debe moverse libremente con un poco de espacio alrededor; baja la succión si duele.',
    ['CHMN-PUMP', 'HKDH-PUMP'],
  ),
  nippleCare: advice(
    'nipple-care',
    'Do not shorten feeds. Skip soap on the nipples, let them dry after each feed, and change breast pads after each feed.',
    'No acortes las tomas. No uses jabón en los pezones, déjalos secar después de cada toma y cambia los discos de lactancia en cada toma.',
    ['NHS-S4L-NIP'],
  ),
  expressIfPainful: advice(
    'express-if-painful',
    'If feeding is very painful, express your milk for a while to keep up your supply while you get help.',
    'Si dar el pecho te duele mucho, extrae tu leche durante un tiempo para mantener la producción mientras consigues ayuda.',
    ['NHS-S4L-NIP'],
  ),
  recheck: advice(
    'recheck-12-24h',
    'Check again within 12 to 24 hours. If it is not better, or it is worse, contact your midwife or doctor.',
    'Vuelve a comprobarlo en 12 a 24 horas. Si no mejora, o empeora, contacta con tu matrona o tu médico.',
    ['NICE', 'NHSDG', 'NHSH'],
  ),
  recheckBaby: advice(
    'recheck-baby-12-24h',
    "Check your baby again within 12 to 24 hours. If it is not better, or it is worse, contact your baby's midwife, health visitor or doctor; if your baby seems very unwell, call the emergency number.",
    'Vuelve a comprobar cómo está tu bebé en 12 a 24 horas. Si no mejora, o empeora, contacta con la matrona, la enfermera pediátrica o el médico de tu bebé; si tu bebé parece muy enfermo, llama al número de emergencias.',
    ['HT-JAUN', 'ELHT'],
    true,
  ),
  rerunIfChanges: advice(
    'rerun-if-changes',
    'If anything changes (a fever, shivering, a red or sore area), run the check again.',
    'Si algo cambia (fiebre, tiritona, una zona roja o dolorida), vuelve a hacer la comprobación.',
    ['UIHC', 'NHSDG'],
  ),
  rerunIfBabyChanges: advice(
    'rerun-if-baby-changes',
    "If anything changes for your baby (feeding, nappies, sleepiness or colour), run the check again.",
    'Si algo cambia en tu bebé (las tomas, los pañales, el sueño o el color), vuelve a hacer la comprobación.',
    ['ELHT', 'PCS-FEED'],
    true,
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
  shieldsForLatch: advice(
    'nipple-shields-for-latch',
    'Nipple shields or breast shells to fix the latch: they do not improve how your baby attaches.',
    'Pezoneras o conchas para corregir el agarre: no mejoran cómo se agarra tu bebé.',
    ['NHS-S4L-NIP'],
  ),
} as const satisfies Record<string, Advice>;

function kindOf(level: Level): ContactKind | null {
  if (level === 'emergency') return 'emergency';
  if (level === 'urgent') return 'urgent-line';
  return level === 'call' ? 'clinician' : null;
}

/**
 * Whom to contact: for each person a rule at "call" or above is about, the contact of the highest
 * such rule, most pressing first; then help with the latch for a nipple problem.
 */
export function contactsOf(fired: readonly FiredRule[], facts: Facts): ContactNeed[] {
  const out: ContactNeed[] = [];
  const byLevel = [...fired].sort((a, b) => levelRank(b.level) - levelRank(a.level));
  for (const r of byLevel) {
    const kind = kindOf(r.level);
    if (kind && !out.some((c) => c.who === r.who)) out.push({ who: r.who, kind });
  }
  if (facts.nippleProblem && !out.some((c) => c.who === 'parent' && c.kind !== 'clinician')) out.push({ who: 'parent', kind: 'feeding-help' });
  return out;
}

function contactStep(c: ContactNeed, fired: readonly FiredRule[]): Advice[] {
  switch (c.kind) {
    case 'emergency':
      return [c.who === 'baby' ? STEPS.callEmergencyBaby : STEPS.callEmergency];
    case 'urgent-line': {
      // A low temperature and nothing else that needs care now: measure again first (Lactea's own rule, §9).
      const urgent = fired.filter((r) => r.who === 'parent' && r.level === 'urgent');
      return urgent.length === 1 && urgent[0]?.id === 'URG-LOW-TEMP' ? [STEPS.remeasure, STEPS.seekCareNow] : [STEPS.seekCareNow];
    }
    case 'clinician':
      return [c.who === 'baby' ? STEPS.contactBabyToday : STEPS.contactToday];
    case 'feeding-help':
      return [STEPS.latchHelp];
  }
}

const EXAMINATION_RULES = ['CALL-PERSISTENT', 'CALL-RECURRING', 'CALL-AFTER-ANTIBIOTICS', 'HIST-PERSISTENT'];

/** She said the check is only about the baby: no breast advice, and the baby's words. */
function babyOnly(a: SymptomAnswers): boolean {
  return a.about !== 'unknown' && a.about.length > 0 && a.about.every((c) => c === 'baby');
}

/** A reason to watch this person fired, and none more serious about them: check again in 12–24 h. */
function watching(fired: readonly FiredRule[], who: Who): boolean {
  const theirs = fired.filter((r) => r.who === who);
  return theirs.some((r) => r.level === 'watch') && !theirs.some((r) => isAtLeast(r.level, 'call'));
}

/**
 * The result tells her not to massage at all until a professional has seen her: a sign that forbids
 * it, or any reason about her at "seek care now" or above. Then no routine is offered, every routine
 * is to avoid (and the home screen's "Massage first?" steps aside for 72 h), whatever else fired.
 */
export function massageOnHold(facts: Facts, fired: readonly FiredRule[]): boolean {
  return facts.massageForbidden || fired.some((r) => r.who === 'parent' && levelRank(r.level) >= levelRank('urgent'));
}

export function nextSteps(
  level: Level,
  answers: SymptomAnswers,
  facts: Facts,
  fit: readonly RoutineId[],
  fired: readonly FiredRule[],
  contacts: readonly ContactNeed[],
): Advice[] {
  const contactSteps = contacts.flatMap((c) => contactStep(c, fired));
  const hold = massageOnHold(facts, fired);
  if (levelRank(level) >= levelRank('urgent')) return [...contactSteps, ...(hold ? [STEPS.noMassage] : [])];
  // Breast-inflammation care only for a sign in the breast itself (a fever alone gets the contact).
  const care = facts.breastInflamed || answers.bothBreastsFullFirm === 'yes';
  const aboutBabyOnly = babyOnly(answers) || (fired.length > 0 && fired.every((r) => r.who === 'baby'));
  const selfCare = level === 'self-care';
  return [
    ...contactSteps,
    ...(fired.some((r) => EXAMINATION_RULES.includes(r.id)) ? [STEPS.examination] : []),
    ...(hold ? [STEPS.noMassage] : []),
    ...(aboutBabyOnly ? [] : [STEPS.feedOnDemand]),
    ...(facts.breastInflamed ? [STEPS.noExtraPumping, STEPS.milkSafe] : []),
    ...(care ? [STEPS.cold, STEPS.painRelief, STEPS.supportiveBra] : []),
    ...(facts.nippleProblem ? [STEPS.positioning, STEPS.flangeFit, STEPS.nippleCare] : []),
    ...(facts.nippleProblem && facts.severePain ? [STEPS.expressIfPainful] : []),
    ...(fit.includes('lymphatic-drainage') ? [STEPS.lymphaticDrainage] : []),
    ...(fit.includes('reverse-pressure-softening') ? [STEPS.reversePressureSoftening] : []),
    ...(watching(fired, 'parent') ? [STEPS.recheck] : []),
    ...(watching(fired, 'baby') ? [STEPS.recheckBaby] : []),
    ...(selfCare && !babyOnly(answers) ? [STEPS.rerunIfChanges] : []),
    ...(selfCare && concerns(answers, 'baby') ? [STEPS.rerunIfBabyChanges] : []),
  ];
}

export function avoid(answers: SymptomAnswers, facts: Facts, hold: boolean): Advice[] {
  const inflamed = facts.breastInflamed || facts.massageForbidden;
  return [
    ...(hold ? [AVOID.anyMassage] : []),
    ...(babyOnly(answers) ? [] : [AVOID.deepMassage]),
    ...(inflamed ? [AVOID.heat, AVOID.vibration, AVOID.extraPumping] : []),
    ...(facts.nippleProblem ? [AVOID.shieldsForLatch] : inflamed ? [AVOID.nippleShields] : []),
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

export function fitRoutines(answers: SymptomAnswers, facts: Facts, hold: boolean): RoutineId[] {
  if (hold) return [];
  const fit: readonly RoutineId[] = [
    ...(facts.breastInflamed ? INFLAMMATION_ROUTINES : []),
    ...(answers.bothBreastsFullFirm === 'yes' ? (['lymphatic-drainage'] as const) : []),
    ...(facts.rpsFits ? (['reverse-pressure-softening'] as const) : []),
  ];
  return routines((id) => fit.includes(id));
}

export function avoidRoutines(facts: Facts, hold: boolean): RoutineId[] {
  if (hold) return [...ROUTINE_IDS];
  const avoided = facts.inflamed ? INFLAMMATION_AVOIDED : [];
  return routines((id) => avoided.includes(id));
}

export const DISCLAIMER: Localized = {
  en: 'This check gives general guidance, not a diagnosis. If you are worried, contact a health professional, whatever the check says.',
  es: 'Esta comprobación da una orientación general, no un diagnóstico. Si algo te preocupa, contacta con un profesional de salud, diga lo que diga la comprobación.',
};
