/**
 * Nipple pain and damage (CLINICAL §11): routed away from the inflammation care, towards latch,
 * positioning and flange help; signs of infection, vasospasm and blood not from a crack → today.
 */
import { firedFor, rule, type Rule } from './rule.js';

/** §11 "Bleeding crack vs discharge": one-sided discharge, or with a lump, redness or swelling → see a GP. */
const DISCHARGE_SOURCES = ['NHS-ND', 'NIDIRECT-ND'] as const;

export const NIPPLE_CALL_RULES: readonly Rule[] = [
  rule({
    id: 'CALL-NIPPLE-PUS',
    level: 'call',
    en: 'Pus coming from the nipple is a reason to contact your midwife or doctor today.',
    es: 'Que salga pus del pezón es motivo para contactar hoy con tu matrona o tu médico.',
    citations: ['NICE', 'NHSDG'],
    applies: ({ answers }) => answers.nippleFluid === 'pus',
  }),
  rule({
    id: 'CALL-NIPPLE-BLOOD',
    level: 'call',
    en: 'Blood that does not come from a crack you can see, or blood-stained milk, should be looked at by a professional: contact your midwife or doctor today. In the first days, rust-coloured milk from both breasts can happen, is usually painless and clears within a week, but let them decide.',
    es: 'La sangre que no sale de una grieta visible, o la leche manchada de sangre, debe valorarla un profesional: contacta hoy con tu matrona o tu médico. En los primeros días puede salir una leche color óxido de los dos pechos, que no suele doler y desaparece en una semana, pero deja que lo valoren.',
    citations: ['NHS-ND', 'NIDIRECT-ND', 'RPS22'],
    own: true,
    applies: ({ answers }) => answers.nippleFluid === 'blood',
  }),
  rule({
    id: 'CALL-NIPPLE-INFECTED',
    level: 'call',
    en: 'A nipple with yellow crusts or oozing, or a crack that looks infected, should be seen today: an infected crack may need treatment.',
    es: 'Un pezón con costras amarillas o que supura, o una grieta que parece infectada, debe verse hoy: una grieta infectada puede necesitar tratamiento.',
    citations: ['HSE-GP', 'NHSDG', 'NICE'],
    applies: ({ answers }) => answers.nippleDamage === 'infected',
  }),
  rule({
    id: 'CALL-NIPPLE-NOT-HEALING',
    level: 'call',
    en: 'A crack that is not healing after 2 to 3 days of better latching should be looked at by your midwife or doctor today.',
    es: 'Una grieta que no se cura tras 2 o 3 días con un mejor agarre debe valorarla hoy tu matrona o tu médico.',
    citations: ['HSE-GP'],
    own: true,
    applies: ({ answers }) => answers.crackNotHealing === 'yes',
  }),
  rule({
    id: 'CALL-NIPPLE-COLOUR',
    level: 'call',
    en: 'Severe pain that comes in waves, with the nipple turning white, blue or purple, should be looked at by your midwife or doctor today.',
    es: 'Un dolor fuerte que viene a oleadas, con el pezón volviéndose blanco, azul o morado, debe valorarlo hoy tu matrona o tu médico.',
    citations: ['HSE-GP'],
    // HSE-GP describes the pattern; "today" is Lactea's own rule (§11).
    own: true,
    applies: ({ answers }) => answers.nippleColourChange === 'yes',
  }),
  rule({
    id: 'CALL-NIPPLE-DISCHARGE',
    level: 'call',
    en: 'Fluid that is not milk should be looked at by a doctor when it comes from one nipple only, or with a lump, redness or swelling in the breast, or when you are not sure which. Contact your GP or midwife today.',
    es: 'Un líquido que no es leche debe valorarlo un médico cuando sale de un solo pezón, o con un bulto, enrojecimiento o hinchazón en el pecho, o cuando no sabes bien cuál es el caso. Contacta hoy con tu médico de cabecera o tu matrona.',
    citations: DISCHARGE_SOURCES,
    // The sources say "see a GP" (non-urgent); "today" is Lactea's own. A skipped follow-up is never read as "both sides, nothing else".
    own: true,
    applies: ({ answers, facts }) =>
      answers.nippleFluid === 'other' && (answers.otherFluidOneSideOrLump !== 'no' || facts.lump || facts.redness || answers.possibleAbscess === 'yes'),
  }),
  rule({
    id: 'CALL-NIPPLE-BURNING',
    level: 'call',
    en: 'Burning or itching in both nipples after feeds, or a shiny look, often after a time without pain, is a pattern that needs a check by your GP or midwife today; they may take swabs. Have the latch checked too: how the baby latches is the most common cause of nipple pain.',
    es: 'Ardor o picor en los dos pezones después de las tomas, o un aspecto brillante, a menudo tras un tiempo sin dolor, es un patrón que debe revisar hoy tu médico de cabecera o tu matrona; puede que tomen muestras. Pide también que revisen el agarre: cómo se agarra el bebé es la causa más frecuente del dolor de pezón.',
    citations: ['NHSDG-THRUSH', 'HSE-GP', 'NHS-S4L-NIP'],
    // The sources call the diagnosis contested and ask for the latch first and swabs; "today" is §11's
    // "when to call", Lactea's own reading (as for colour change). Never named as a diagnosis.
    own: true,
    applies: ({ answers }) => answers.nippleBurning === 'yes',
  }),
];

export const NIPPLE_WATCH_RULES: readonly Rule[] = [
  rule({
    id: 'WATCH-NIPPLE-DISCHARGE',
    level: 'watch',
    en: 'Fluid that is not milk from both nipples, with no lump, redness or swelling. Mention it to your midwife or doctor. If it comes from one side only or has blood in it, or a lump, redness or swelling appears, contact them today.',
    es: 'Un líquido que no es leche en los dos pezones, sin bulto, enrojecimiento ni hinchazón. Coméntaselo a tu matrona o tu médico. Si sale de un solo lado o tiene sangre, o aparece un bulto, enrojecimiento o hinchazón, contacta con ellos hoy.',
    citations: DISCHARGE_SOURCES,
    // CLINICAL.md gives no level for this: Lactea's own, on the careful side. It also fires beside a more
    // serious reason (a fever, feeling very unwell), where it shows under "Also noted": she contacts
    // someone about that reason and should mention the fluid too. Nothing in it reassures ("mention it",
    // "contact them today if…"), so it does not contradict a higher level. Not beside the call for the
    // same fluid (one side, or with a lump, redness or swelling), which already says more.
    own: true,
    applies: ({ answers, fired }) => answers.nippleFluid === 'other' && !fired.some((r) => r.id === 'CALL-NIPPLE-DISCHARGE'),
  }),
];

export const NIPPLE_SELF_CARE_RULES: readonly Rule[] = [
  rule({
    id: 'SELF-NIPPLE',
    level: 'self-care',
    en: 'A sore, cracked or bleeding nipple with nothing wrong in the breast and no sign of illness is usually about how the baby latches, or how the pump fits. It needs help with the latch or the pump within a day or two, not cold packs or breast drainage.',
    es: 'Un pezón dolorido, agrietado o que sangra, sin nada en el pecho y sin signos de enfermedad, suele deberse a cómo se agarra el bebé o a cómo encaja el sacaleches. Necesita ayuda con el agarre o el sacaleches en un día o dos, no frío ni drenaje del pecho.',
    citations: ['NHS-S4L-NIP', 'NHSW-NIP', 'COCHRANE-NIP', 'CHMN-PUMP'],
    own: true,
    // "Within a day or two" never sits beside a reason to contact someone today or sooner.
    applies: ({ facts, fired }) => facts.nippleOnly && !firedFor(fired, 'parent', 'call'),
  }),
];
