/**
 * Rules about the parent: serious illness (CLINICAL §9, §5), fever, the course of breast
 * inflammation (§5, §10) and her health. Rules marked `own` are Lactea's own rules in CLINICAL.md.
 */
import type { SourceKey } from '../sources.js';
import { atLeast, THRESHOLDS } from './facts.js';
import { rule, type Rule } from './rule.js';

const SEPSIS_999: readonly SourceKey[] = ['NHS-SEPSIS', 'UKST-SN', 'NCT-SEPSIS', 'NG51-T'];
const URGENT_SOURCES: readonly SourceKey[] = ['NHSDG', 'NHSH', 'UNC'];
const NOT_BETTER_SOURCES: readonly SourceKey[] = ['NICE', 'NHSDG', 'NHSH'];
const LOW_TEMP_SOURCES: readonly SourceKey[] = ['NG51-T', 'UKST-SN', 'NHS-SEPSIS'];
/** §9: surgery in the last 6 weeks (a caesarean counts) and signs at the wound are sepsis risk criteria. */
const WOUND_SOURCES: readonly SourceKey[] = ['NG51-T', 'NG255'];
/** §10: inflammation that persists, does not clear or comes back needs an examination; imaging is compatible with breastfeeding. */
const PERSIST_SOURCES: readonly SourceKey[] = ['NHSH', 'DOUGLAS', 'NHSDG', 'NHSDG-BI', 'NCI-IBC', 'ABM30', 'ACR18', 'BFS-IMG'];

const SCAN_EN = 'It needs an examination and usually a scan, not just another course of antibiotics. Scans and biopsies are compatible with breastfeeding.';
const SCAN_ES = 'Necesita una exploración y, por lo general, una ecografía u otra prueba de imagen, no solo otro tratamiento antibiótico. Las pruebas de imagen y las biopsias son compatibles con la lactancia.';

export const PARENT_EMERGENCY_RULES: readonly Rule[] = [
  // ---- emergency number (§9, Lactea's own rule built from the NHS public lists) ----
  rule({
    id: 'EMERG-CONFUSION',
    level: 'emergency',
    en: 'New confusion or slurred speech can be a sign of a serious infection (sepsis). Call the emergency number now.',
    es: 'Una confusión nueva o hablar arrastrando las palabras puede ser un signo de una infección grave (sepsis). Llama ya al número de emergencias.',
    citations: SEPSIS_999,
    own: true,
    applies: ({ answers }) => answers.confusion === 'yes',
  }),
  rule({
    id: 'EMERG-SKIN-COLOUR',
    level: 'emergency',
    en: 'Blue, pale or blotchy skin, lips or tongue (on darker skin, blotches may look like lighter patches) can be a sign of a serious infection. Call the emergency number now.',
    es: 'La piel, los labios o la lengua azulados, pálidos o con manchas (en piel oscura, las manchas pueden verse como zonas más claras) pueden ser un signo de una infección grave. Llama ya al número de emergencias.',
    citations: SEPSIS_999,
    own: true,
    applies: ({ answers }) => answers.blueOrBlotchySkin === 'yes',
  }),
  rule({
    id: 'EMERG-BREATHING',
    level: 'emergency',
    en: 'Difficulty breathing, breathlessness or breathing very fast can be a sign of a serious infection. Call the emergency number now.',
    es: 'La dificultad para respirar, la falta de aire o respirar muy deprisa pueden ser un signo de una infección grave. Llama ya al número de emergencias.',
    citations: SEPSIS_999,
    own: true,
    applies: ({ answers }) => answers.breathless === 'yes',
  }),
  rule({
    id: 'EMERG-NO-URINE',
    level: 'emergency',
    en: 'Not passing urine all day can be a sign of a serious infection. Call the emergency number now.',
    es: 'No haber orinado en todo el día puede ser un signo de una infección grave. Llama ya al número de emergencias.',
    citations: SEPSIS_999,
    own: true,
    applies: ({ answers }) => answers.noUrineAllDay === 'yes',
  }),
];

export const PARENT_URGENT_RULES: readonly Rule[] = [
  // ---- seek care now (§5, §9) ----
  rule({
    id: 'URG-SEPSIS',
    level: 'urgent',
    en: 'Fainting, a racing heart, shivering or shaking chills, or vomiting that stops you keeping medicine down can be signs of a serious infection that needs care now.',
    es: 'Desmayarte, notar el corazón acelerado, tiritar o tener escalofríos con temblores, o vomitar de forma que no puedes retener la medicación pueden ser signos de una infección grave que necesita atención ya.',
    citations: [...URGENT_SOURCES, 'NHS-SEPSIS'],
    applies: ({ answers }) => [answers.fainting, answers.fastHeartbeat, answers.rigors, answers.vomitingPreventsMedicine].includes('yes'),
  }),
  rule({
    id: 'URG-FEELS-COLD',
    level: 'urgent',
    en: 'Feeling very cold, or cold to the touch, can be a sign of a serious infection, even without a fever. Seek care now.',
    es: 'Sentir mucho frío, o tener la piel fría al tacto, puede ser un signo de una infección grave, aunque no haya fiebre. Busca atención ya.',
    citations: ['NHS-SEPSIS', 'UKST-SN', 'NG51'],
    applies: ({ answers }) => answers.feelsVeryCold === 'yes',
  }),
  rule({
    id: 'URG-WOUND-ILL',
    level: 'urgent',
    en: 'A caesarean or other surgical wound that is red, swollen, leaking or opening, together with a fever, chills or aches, a low temperature, feeling very unwell or another sign of illness, can be a sign of a serious infection. Seek care now.',
    es: 'Una herida de cesárea u otra operación que está roja, hinchada, supura o se abre, junto con fiebre, escalofríos o dolores, una temperatura baja, encontrarte muy mal u otro signo de enfermedad, puede ser un signo de una infección grave. Busca atención ya.',
    citations: [...WOUND_SOURCES, 'NG51', 'NCT-SEPSIS', 'NHS-SEPSIS'],
    // Two sepsis pointers together (§9: a wound sign is a moderate-to-high-risk criterion; postpartum
    // sepsis may progress quicker [NCT-SEPSIS]; "call 111 now" when not sure [NHS-SEPSIS]): Lactea's own,
    // at the level of §9's own rule for a low temperature with another sign.
    own: true,
    applies: ({ answers, facts }) => answers.woundSign === 'yes' && facts.systemicSign,
  }),
  rule({
    id: 'URG-LOW-TEMP-SIGNS',
    level: 'urgent',
    en: 'Your temperature is below 36 °C (96.8 °F) and you have a sign in the breast, chills or shivering, feel very cold or feel unwell. A low temperature can be a sign of a serious infection, even without a fever. Seek care now.',
    es: 'Tu temperatura está por debajo de 36 °C (96,8 °F) y tienes un signo en el pecho, escalofríos o tiritona, mucho frío o te encuentras mal. Una temperatura baja puede ser un signo de una infección grave, aunque no haya fiebre. Busca atención ya.',
    citations: [...LOW_TEMP_SOURCES, 'NG51'],
    own: true,
    // Shivering, feeling very cold or any other sign of illness confirms the reading: no "measure again" first (§9).
    applies: ({ answers, facts }) =>
      facts.lowTemp &&
      (facts.inflamed || facts.breastSign || facts.nippleProblem || facts.sepsisSign || facts.emergencySign || answers.feelingVeryUnwell === 'yes'),
  }),
  rule({
    id: 'URG-LOW-TEMP',
    level: 'urgent',
    en: 'Your temperature is below 36 °C (96.8 °F). A low temperature can be a sign of a serious infection. Measure it again now; if it is still that low, call your urgent health line now.',
    es: 'Tu temperatura está por debajo de 36 °C (96,8 °F). Una temperatura baja puede ser un signo de una infección grave. Vuelve a medirla ahora; si sigue igual de baja, llama ya a tu línea de salud urgente.',
    citations: LOW_TEMP_SOURCES,
    own: true,
    // Not beside a reason that already takes the low temperature as a sign of illness (no "measure again" then).
    applies: ({ fired, facts }) => facts.lowTemp && !fired.some((r) => r.id === 'URG-LOW-TEMP-SIGNS' || r.id === 'URG-WOUND-ILL'),
  }),
  rule({
    id: 'URG-SPREADING',
    level: 'urgent',
    en: 'Redness that is spreading needs care now.',
    es: 'Un enrojecimiento que se extiende necesita atención ya.',
    citations: URGENT_SOURCES,
    applies: ({ facts }) => facts.spreading,
  }),
  rule({
    id: 'URG-RED-STREAKS',
    level: 'urgent',
    en: 'Red streaks running from the area need care now. Lactea treats them like redness that is spreading.',
    es: 'Las líneas rojas que salen de la zona necesitan atención ya. Lactea las trata como un enrojecimiento que se extiende.',
    citations: URGENT_SOURCES,
    // CLINICAL.md names spreading redness, not streaks: Lactea's own, at the spreading-redness level.
    own: true,
    applies: ({ facts }) => facts.streaks,
  }),
  rule({
    id: 'URG-SKIN',
    level: 'urgent',
    en: 'Skin that is breaking down or turning dark or black needs care now.',
    es: 'Una piel que se rompe o se vuelve oscura o negra necesita atención ya.',
    citations: URGENT_SOURCES,
    applies: ({ answers }) => answers.skinBreakdown === 'yes',
  }),
  rule({
    id: 'URG-UNWELL-ABSCESS',
    level: 'urgent',
    en: 'You feel very unwell and have a very firm, very tender swelling with a clear edge. A swelling like this needs to be seen urgently, and feeling very unwell can be a sign of a serious infection. Seek care now.',
    es: 'Te encuentras muy mal y tienes una hinchazón muy firme, muy dolorosa y de borde marcado. Una hinchazón así necesita atención urgente, y encontrarte muy mal puede ser un signo de una infección grave. Busca atención ya.',
    citations: ['NHSDG-BI', 'NHSDG', 'NG51'],
    own: true,
    applies: ({ answers }) => answers.feelingVeryUnwell === 'yes' && answers.possibleAbscess === 'yes',
  }),
  rule({
    id: 'URG-UNWELL-BREAST',
    level: 'urgent',
    en: 'You feel very unwell and have a sign in the breast, or a nipple that looks infected. A serious infection can show as just feeling very unwell, without a high temperature. Seek care now.',
    es: 'Te encuentras muy mal y tienes un signo en el pecho, o un pezón que parece infectado. Una infección grave puede notarse solo como encontrarse muy mal, sin una temperatura alta. Busca atención ya.',
    citations: ['NG51', 'NHS-SEPSIS'],
    own: true,
    applies: ({ answers, facts, fired }) =>
      // An infected-looking nipple counts too: pain put down to it must not take "seek care now" away (Lactea's own).
      answers.feelingVeryUnwell === 'yes' && (facts.breastInflamed || answers.nippleDamage === 'infected') && !fired.some((r) => r.id === 'URG-UNWELL-ABSCESS'),
  }),
  rule({
    id: 'URG-UNWELL-FEVER',
    level: 'urgent',
    en: 'You feel very unwell and your temperature is 38.5 °C (101.3 °F) or more. Together, these need care now.',
    es: 'Te encuentras muy mal y tu temperatura es de 38,5 °C (101,3 °F) o más. Las dos cosas juntas necesitan atención ya.',
    citations: ['ABM4', 'NG51', 'NHS-SEPSIS'],
    own: true,
    applies: ({ answers, facts }) => answers.feelingVeryUnwell === 'yes' && facts.fever385,
  }),
  rule({
    id: 'URG-FEVER-IMMUNITY',
    level: 'urgent',
    en: 'With a weakened immune system, a fever or flu-like aches need care now.',
    es: 'Con las defensas debilitadas, la fiebre o los dolores como de gripe necesitan atención ya.',
    citations: ['NHSH', 'NG51'],
    own: true,
    applies: ({ answers, facts }) => answers.weakImmunity === 'yes' && facts.febrile,
  }),
];

export const PARENT_CALL_RULES: readonly Rule[] = [
  // ---- contact her midwife or doctor today (§5, §10) ----
  rule({
    id: 'CALL-FEVER-385',
    level: 'call',
    en: 'A temperature of 38.5 °C (101.3 °F) or more is a reason to contact your midwife or doctor today.',
    es: 'Una temperatura de 38,5 °C (101,3 °F) o más es motivo para contactar hoy con tu matrona o tu médico.',
    citations: ['ABM4'],
    applies: ({ facts }) => facts.fever385,
  }),
  rule({
    id: 'CALL-FEVER-38',
    level: 'call',
    en: 'A temperature of 38.0 °C (100.4 °F) or more, or flu-like aches, together with a red or sore area on the breast is a reason to contact your midwife or doctor today.',
    es: 'Una temperatura de 38,0 °C (100,4 °F) o más, o dolores como de gripe, junto con una zona roja o dolorida en el pecho es motivo para contactar hoy con tu matrona o tu médico.',
    citations: ['UIHC', 'ABM4'],
    // At 38.5 °C or more, CALL-FEVER-385 already says it.
    applies: ({ facts, fired }) => facts.febrile && facts.breastInflamed && !fired.some((r) => r.id === 'CALL-FEVER-385'),
  }),
  rule({
    id: 'CALL-FEVER-NO-BREAST-SIGN',
    level: 'call',
    en: 'A temperature of 38.0 °C (100.4 °F) or more, or flu-like aches. Lactea cannot tell where a fever comes from, so even without a sore area on the breast it asks you to contact your midwife or doctor today.',
    es: 'Una temperatura de 38,0 °C (100,4 °F) o más, o dolores como de gripe. Lactea no puede saber de dónde viene la fiebre, así que, aunque no haya una zona dolorida en el pecho, te pide contactar hoy con tu matrona o tu médico.',
    citations: ['UIHC', 'ABM4'],
    own: true,
    applies: ({ facts, fired }) => facts.febrile && !facts.breastInflamed && !fired.some((r) => r.id === 'CALL-FEVER-385'),
  }),
  rule({
    id: 'CALL-VERY-UNWELL',
    level: 'call',
    en: 'Feeling very unwell needs a professional to see you today: a serious infection can show as just feeling very unwell, without a fever.',
    es: 'Encontrarte muy mal necesita que te valore hoy un profesional: una infección grave puede notarse solo como encontrarse muy mal, sin fiebre.',
    citations: ['NHSH', 'NHSDG', 'NG51'],
    // NG51 says sepsis may show as just feeling very unwell; "today" is Lactea's own. Not beside a
    // "seek care now" for the same feeling.
    own: true,
    applies: ({ answers, fired }) => answers.feelingVeryUnwell === 'yes' && !fired.some((r) => r.id.startsWith('URG-UNWELL-')),
  }),
  rule({
    id: 'CALL-WORSE',
    level: 'call',
    en: 'It is getting worse. With a sore, red or swollen area, a fever or flu-like aches, getting worse is a reason to contact your midwife or doctor today, however long it has been.',
    es: 'Está empeorando. Con una zona dolorida, roja o hinchada, fiebre o dolores como de gripe, empeorar es motivo para contactar hoy con tu matrona o tu médico, lleve el tiempo que lleve.',
    citations: NOT_BETTER_SOURCES,
    // The sources say after 12–24 h of home care; "however long" is Lactea's own.
    own: true,
    applies: ({ facts }) => facts.inflamed && facts.worse,
  }),
  rule({
    id: 'CALL-NOT-BETTER-24H',
    level: 'call',
    en: 'It started 24 hours or more ago and is not getting better. When home care has not helped within 12 to 24 hours, contact your midwife or doctor today.',
    es: 'Empezó hace 24 horas o más y no mejora. Si los cuidados en casa no ayudan en 12 a 24 horas, contacta hoy con tu matrona o tu médico.',
    citations: NOT_BETTER_SOURCES,
    applies: ({ answers, facts }) => facts.inflamed && facts.notBetter && atLeast(answers.hoursSinceOnset, THRESHOLDS.notBetterHours),
  }),
  rule({
    id: 'CALL-ANTIBIOTICS-24H',
    level: 'call',
    en: 'You started antibiotics 24 hours or more ago and it is not better. Contact your midwife or doctor today.',
    es: 'Empezaste los antibióticos hace 24 horas o más y no mejora. Contacta hoy con tu matrona o tu médico.',
    citations: ['UIHC', 'UNC'],
    applies: ({ answers, facts }) =>
      facts.notBetter && answers.antibiotics.taking === 'yes' && atLeast(answers.antibiotics.hoursSinceStart, THRESHOLDS.antibioticsNotBetterHours),
  }),
  rule({
    id: 'CALL-ANTIBIOTICS-HOURS-UNKNOWN',
    level: 'call',
    en: 'You are taking antibiotics and it is not better, and Lactea does not know when you started them. Not better after 24 hours of antibiotics is a reason to call, so contact your midwife or doctor today.',
    es: 'Estás tomando antibióticos, no mejora y Lactea no sabe cuándo empezaste. No mejorar tras 24 horas de antibióticos es motivo para llamar, así que contacta hoy con tu matrona o tu médico.',
    citations: ['UIHC', 'UNC'],
    // A blank "hours since the first dose" is unknown, never "under 24 hours".
    own: true,
    // Worse on antibiotics has a rule of its own.
    applies: ({ answers, facts }) =>
      facts.notBetter && !facts.worse && answers.antibiotics.taking === 'yes' && answers.antibiotics.hoursSinceStart === 'unknown',
  }),
  rule({
    id: 'CALL-ANTIBIOTICS-WORSE',
    level: 'call',
    en: 'It is getting worse while you take antibiotics. Contact your midwife or doctor today.',
    es: 'Está empeorando mientras tomas antibióticos. Contacta hoy con tu matrona o tu médico.',
    citations: ['UIHC', 'UNC'],
    // The sources say worse after 12 h; at any time is Lactea's own.
    own: true,
    applies: ({ answers, facts }) => facts.worse && answers.antibiotics.taking === 'yes',
  }),
  rule({
    id: 'CALL-AFTER-ANTIBIOTICS',
    level: 'call',
    en: `It has not cleared after a finished course of antibiotics. ${SCAN_EN} Contact your midwife or doctor today.`,
    es: `No se ha curado después de terminar un tratamiento antibiótico. ${SCAN_ES} Contacta hoy con tu matrona o tu médico.`,
    citations: ['NHSDG-BI', 'NHSDG', 'BMJBP', 'ABM30', 'ACR18', 'BFS-IMG'],
    own: true,
    applies: ({ answers, facts }) => answers.antibiotics.taking === 'finished' && facts.inflamed,
  }),
  rule({
    id: 'CALL-PERSISTENT',
    level: 'call',
    en: `Redness, a swelling or a lump that has lasted more than 7 days should be looked at today, even if it is getting better or does not hurt. ${SCAN_EN}`,
    es: `Un enrojecimiento, una hinchazón o un bulto que dura más de 7 días debe valorarse hoy, aunque esté mejorando o no duela. ${SCAN_ES}`,
    citations: PERSIST_SOURCES,
    own: true,
    applies: ({ facts }) => facts.persistent,
  }),
  rule({
    id: 'CALL-RECURRING',
    level: 'call',
    en: `It has come back in the same place. Redness or a lump that keeps returning to one place should be looked at today. ${SCAN_EN}`,
    es: `Ha vuelto a salir en el mismo sitio. Un enrojecimiento o un bulto que vuelve una y otra vez al mismo sitio debe valorarse hoy. ${SCAN_ES}`,
    citations: PERSIST_SOURCES,
    own: true,
    applies: ({ answers, facts }) => facts.recurrent && (facts.lump || facts.redness || answers.possibleAbscess === 'yes'),
  }),
  rule({
    id: 'CALL-WOUND',
    level: 'call',
    en: 'A caesarean or other surgical wound from the last 6 weeks that is red, swollen, leaking or opening can be a sign of infection. Contact your midwife or doctor today. If you also get a fever, shivering, or feel very unwell, seek care now.',
    es: 'Una herida de cesárea u otra operación de las últimas 6 semanas que está roja, hinchada, supura o se abre puede ser un signo de infección. Contacta hoy con tu matrona o tu médico. Si además tienes fiebre o tiritona, o te encuentras muy mal, busca atención ya.',
    citations: WOUND_SOURCES,
    // The sources grade sepsis risk face to face; "today" for the wound alone is Lactea's own. Not
    // beside the "seek care now" for the same wound.
    own: true,
    applies: ({ answers, fired }) => answers.woundSign === 'yes' && !fired.some((r) => r.id === 'URG-WOUND-ILL'),
  }),
  rule({
    id: 'CALL-SKIN-LOOK',
    level: 'call',
    en: 'Breast skin that looks pink, reddish-purple or bruised, or is dimpled or ridged like orange peel, needs to be examined by a professional, even if it does not hurt. Contact your midwife or doctor today. If they suggest a scan, scans are compatible with breastfeeding.',
    es: 'Una piel del pecho que se ve rosada, rojo violácea o como amoratada, o con hoyuelos o surcos como la piel de naranja, necesita que la explore un profesional, aunque no duela. Contacta hoy con tu matrona o tu médico. Si te proponen una prueba de imagen, estas pruebas son compatibles con la lactancia.',
    citations: ['NCI-IBC', 'ABM30', 'ACR18', 'BFS-IMG'],
    // §10 describes the look and says breast symptoms need evaluation; "today" is Lactea's own, as for
    // inflammation that persists.
    own: true,
    applies: ({ answers }) => answers.skinDimpledOrBruised === 'yes',
  }),
  rule({
    id: 'CALL-ABSCESS',
    level: 'call',
    en: 'A very firm, very tender swelling with a clear edge needs to be seen by a professional today. Do not massage it.',
    es: 'Una hinchazón muy firme, muy dolorosa y de borde bien marcado necesita que la vea hoy un profesional. No la masajees.',
    citations: ['NHSDG', 'NHSDG-BI'],
    applies: ({ answers }) => answers.possibleAbscess === 'yes',
  }),
  rule({
    id: 'CALL-PAIN-SEVERE',
    level: 'call',
    en: 'Pain of 8 or more out of 10 is a reason to contact your midwife or doctor today. Pain while feeding or pumping is common, but never something you just have to bear.',
    es: 'Un dolor de 8 o más sobre 10 es motivo para contactar hoy con tu matrona o tu médico. El dolor al amamantar o al extraerte leche es frecuente, pero nunca algo que tengas que aguantar sin más.',
    citations: ['NHSDG-PAIN', 'ABM26'],
    own: true,
    applies: ({ facts }) => facts.severePain,
  }),
  rule({
    id: 'CALL-PAIN-NOT-EASED',
    level: 'call',
    en: 'Pain that pain relief does not ease is a reason to contact your midwife or doctor today.',
    es: 'Un dolor que no se alivia con analgésicos es motivo para contactar hoy con tu matrona o tu médico.',
    citations: ['NHSDG-PAIN', 'UIHC'],
    own: true,
    applies: ({ answers, facts }) => facts.painful && answers.painReliefHelps === 'no',
  }),
  rule({
    id: 'CALL-DIABETES',
    level: 'call',
    en: 'With diabetes, any sign of mastitis (a fever too) is a reason to contact your midwife or doctor today.',
    es: 'Con diabetes, cualquier signo de mastitis (también la fiebre) es motivo para contactar hoy con tu matrona o tu médico.',
    citations: ['NHSH'],
    applies: ({ answers, facts }) => answers.diabetes === 'yes' && facts.inflamed,
  }),
  rule({
    id: 'CALL-IMMUNITY',
    level: 'call',
    en: 'With a weakened immune system, any sign of mastitis (a fever too) is a reason to contact your midwife or doctor today.',
    es: 'Con las defensas debilitadas, cualquier signo de mastitis (también la fiebre) es motivo para contactar hoy con tu matrona o tu médico.',
    citations: ['NHSH'],
    applies: ({ answers, facts }) => answers.weakImmunity === 'yes' && facts.inflamed,
  }),
];
