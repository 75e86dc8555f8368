/**
 * Nipple pain and damage (CLINICAL §11): routed away from the inflammation care, towards latch,
 * positioning and flange help; signs of infection, vasospasm and blood not from a crack → today.
 */
import { rule, type Rule } from './rule.js';

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
    en: 'Blood that does not come from a crack you can see, or blood-stained milk, should be looked at by a professional: contact your midwife or doctor today. In the first days, rust-coloured milk from both breasts is common and usually clears within a week, but let them decide.',
    es: 'La sangre que no sale de una grieta visible, o la leche manchada de sangre, debe valorarla un profesional: contacta hoy con tu matrona o tu médico. En los primeros días es frecuente una leche color óxido en los dos pechos, que suele desaparecer en una semana, pero deja que lo valoren.',
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
    applies: ({ answers }) => answers.nippleColourChange === 'yes',
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
    applies: ({ facts }) => facts.nippleOnly,
  }),
];
