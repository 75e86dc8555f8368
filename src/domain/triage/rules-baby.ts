/**
 * The baby in the first weeks (CLINICAL §12). The emergency signs send the baby to the emergency
 * number; the rest to the baby's midwife, health visitor or doctor today — not a lactation
 * professional alone. Where the sources disagree (jaundice with a sleepy baby), the stricter level.
 */
import { MOST_NAPPIES_EXPECTED, NAPPY_TABLE_SOURCES } from '../baby/nappy-table.js';
import { WEIGHT_SOURCES } from '../baby/weight.js';
import { atLeast, THRESHOLDS } from './facts.js';
import { firedFor, rule, type Rule } from './rule.js';

const SEEK = { en: 'Call the emergency number now for your baby.', es: 'Llama ya al número de emergencias por tu bebé.' };
const TODAY = {
  en: "Contact your baby's midwife, health visitor or doctor today.",
  es: 'Contacta hoy con la matrona, la enfermera pediátrica o el médico de tu bebé.',
};
/**
 * Said when a rule applies because Lactea does not know the baby's age (QA 19 L3): with a known age
 * the reason has no aside, since the age is on the same screen.
 */
const AGE_UNKNOWN = {
  en: "Lactea does not know your baby's age, so it takes the safe side.",
  es: 'Lactea no sabe la edad de tu bebé, así que opta por lo más prudente.',
};
/** With no age, the nappy counts are read against the most the table expects (MOST_NAPPIES_EXPECTED). */
const WET_MOST = MOST_NAPPIES_EXPECTED.wetAtLeast;
const DIRTY_MOST = MOST_NAPPIES_EXPECTED.dirtyAtLeast;

export const BABY_EMERGENCY_RULES: readonly Rule[] = [
  rule({
    id: 'BABY-EMERG-NOT-FEEDING',
    level: 'emergency',
    who: 'baby',
    en: `Your baby is not feeding (or has not fed for a day). ${SEEK.en}`,
    es: `Tu bebé no come (o lleva un día sin comer). ${SEEK.es}`,
    citations: ['NHS-SEPSIS'],
    own: true,
    applies: ({ facts }) => facts.babyNotFeeding,
  }),
  rule({
    id: 'BABY-EMERG-HARD-TO-WAKE',
    level: 'emergency',
    who: 'baby',
    en: `A baby who is hard to wake, or very sleepy, needs help now. ${SEEK.en}`,
    es: `Un bebé al que cuesta despertar, o muy adormilado, necesita ayuda ya. ${SEEK.es}`,
    citations: ['HT-JAUN', 'HT-NPB', 'MKUH'],
    applies: ({ answers }) => answers.babyHardToWake === 'yes',
  }),
  rule({
    id: 'BABY-EMERG-BREATHING',
    level: 'emergency',
    who: 'baby',
    en: `Pauses in breathing, or going blue, need help now. ${SEEK.en}`,
    es: `Las pausas al respirar, o ponerse azul, necesitan ayuda ya. ${SEEK.es}`,
    citations: ['MKUH', 'HT-NPB'],
    applies: ({ answers }) => answers.babyBreathingPausesOrBlue === 'yes',
  }),
  rule({
    id: 'BABY-EMERG-MOTTLED',
    level: 'emergency',
    who: 'baby',
    en: `A baby who is pale, mottled and cold to the touch needs help now. ${SEEK.en}`,
    es: `Un bebé pálido, con la piel moteada y frío al tacto necesita ayuda ya. ${SEEK.es}`,
    citations: ['HT-JAUN'],
    applies: ({ answers }) => answers.babyMottledCold === 'yes',
  }),
  rule({
    id: 'BABY-EMERG-FIT',
    level: 'emergency',
    who: 'baby',
    en: `A fit needs help now. ${SEEK.en}`,
    es: `Una convulsión necesita ayuda ya. ${SEEK.es}`,
    citations: ['HT-JAUN', 'HT-NPB', 'MKUH'],
    applies: ({ answers }) => answers.babyFit === 'yes',
  }),
  rule({
    id: 'BABY-EMERG-DRY-12H',
    level: 'emergency',
    who: 'baby',
    en: `No wet nappy for 12 hours or more (or none in the last 24 hours) needs help now. ${SEEK.en}`,
    es: `Llevar 12 horas o más sin mojar el pañal (o ninguno mojado en las últimas 24 horas) necesita ayuda ya. ${SEEK.es}`,
    citations: ['NHS-SEPSIS', 'HT-JAUN'],
    own: true,
    applies: ({ facts }) => facts.babyDry12h,
  }),
  rule({
    id: 'BABY-EMERG-FEVER',
    level: 'emergency',
    who: 'baby',
    en: `A baby under 3 months with a temperature of 38 °C (100.4 °F) or more needs help now. ${SEEK.en}`,
    es: `Un bebé de menos de 3 meses con una temperatura de 38 °C (100,4 °F) o más necesita ayuda ya. ${SEEK.es}`,
    ageUnknown: {
      en: `A baby under 3 months with a temperature of 38 °C (100.4 °F) or more needs help now. ${AGE_UNKNOWN.en} ${SEEK.en}`,
      es: `Un bebé de menos de 3 meses con una temperatura de 38 °C (100,4 °F) o más necesita ayuda ya. ${AGE_UNKNOWN.es} ${SEEK.es}`,
    },
    citations: ['HT-JAUN', 'HT-NPB'],
    applies: ({ facts }) => facts.babyFever && facts.babyUnder3Months,
  }),
  rule({
    id: 'BABY-EMERG-LOW-TEMP',
    level: 'emergency',
    who: 'baby',
    en: `A baby's temperature below 36 °C (96.8 °F) needs help now. ${SEEK.en}`,
    es: `Una temperatura del bebé por debajo de 36 °C (96,8 °F) necesita ayuda ya. ${SEEK.es}`,
    citations: ['HT-NPB'],
    // The source is about newborns; Lactea applies it at any age (the safe side).
    own: true,
    applies: ({ facts }) => facts.babyLowTemp,
  }),
  rule({
    id: 'BABY-EMERG-JAUNDICE-SLEEPY',
    level: 'emergency',
    who: 'baby',
    en: `A yellow baby who is sleepier than usual or feeding poorly needs help now (sources differ on how fast; Lactea takes the stricter). ${SEEK.en}`,
    es: `Un bebé amarillo que está más adormilado de lo normal o come mal necesita ayuda ya (las fuentes difieren en la rapidez; Lactea sigue la más estricta). ${SEEK.es}`,
    citations: ['HU5-JAUN', 'HT-JAUN'],
    own: true,
    applies: ({ answers }) => answers.babyYellow === 'yes' && (answers.babySleepy === 'yes' || answers.babyFeeding === 'poorly'),
  }),
];

export const BABY_CALL_RULES: readonly Rule[] = [
  rule({
    id: 'BABY-CALL-FEVER',
    level: 'call',
    who: 'baby',
    en: `A baby of 3 months or more with a temperature of 38 °C (100.4 °F) or more. Lactea has no rule for babies this age, so: ${TODAY.en} If your baby seems very unwell, call the emergency number.`,
    es: `Un bebé de 3 meses o más con una temperatura de 38 °C (100,4 °F) o más. Lactea no tiene reglas para bebés de esta edad, así que: ${TODAY.es} Si tu bebé parece muy enfermo, llama al número de emergencias.`,
    citations: ['HT-NPB'],
    own: true,
    applies: ({ facts }) => facts.babyFever && !facts.babyUnder3Months,
  }),
  rule({
    id: 'BABY-CALL-FEEDING-POORLY',
    level: 'call',
    who: 'baby',
    en: `Your baby is feeding poorly. ${TODAY.en}`,
    es: `Tu bebé come mal. ${TODAY.es}`,
    citations: ['ELHT', 'PCS-FEED'],
    // The sources say to talk to the midwife; "today" is Lactea's own.
    own: true,
    applies: ({ answers }) => answers.babyFeeding === 'poorly',
  }),
  rule({
    id: 'BABY-CALL-FEW-FEEDS',
    level: 'call',
    who: 'baby',
    en: `Fewer than 8 feeds in 24 hours in the first weeks. ${TODAY.en}`,
    es: `Menos de 8 tomas en 24 horas en las primeras semanas. ${TODAY.es}`,
    citations: ['ELHT', 'PCS-FEED'],
    // The sources say to talk to the midwife; "today" is Lactea's own.
    own: true,
    applies: ({ facts }) => facts.fewFeeds,
  }),
  rule({
    id: 'BABY-CALL-LONG-GAP',
    level: 'call',
    who: 'baby',
    en: `No feed for 8 hours or more in the first 4 weeks. Babies this young usually feed 8 or more times in 24 hours. ${TODAY.en}`,
    es: `Ninguna toma en 8 horas o más en las primeras 4 semanas. Los bebés tan pequeños suelen hacer 8 tomas o más en 24 horas. ${TODAY.es}`,
    citations: ['PCS-FEED', 'ELHT'],
    // CLINICAL.md gives no hours threshold: Lactea's own conservative rule.
    own: true,
    applies: ({ facts }) => facts.longFeedGap,
  }),
  rule({
    id: 'BABY-CALL-SLEEPY',
    level: 'call',
    who: 'baby',
    en: `A baby who is sleepier than usual and less interested in feeding. ${TODAY.en}`,
    es: `Un bebé más adormilado de lo normal y con menos interés por comer. ${TODAY.es}`,
    citations: ['HT-JAUN', 'ELHT'],
    // Not beside the emergency for a yellow, sleepy baby, which already says it.
    applies: ({ answers, fired }) => answers.babySleepy === 'yes' && !fired.some((r) => r.id === 'BABY-EMERG-JAUNDICE-SLEEPY'),
  }),
  rule({
    id: 'BABY-CALL-WET-NAPPIES',
    level: 'call',
    who: 'baby',
    en: `Fewer wet nappies in 24 hours than expected for your baby's age. ${TODAY.en}`,
    es: `Menos pañales mojados en 24 horas de lo esperado para la edad de tu bebé. ${TODAY.es}`,
    ageUnknown: {
      en: `Fewer than ${WET_MOST} wet nappies in 24 hours: from the end of the first week to 6 weeks of age, at least ${WET_MOST} are expected. ${AGE_UNKNOWN.en} ${TODAY.en}`,
      es: `Menos de ${WET_MOST} pañales mojados en 24 horas: desde el final de la primera semana hasta las 6 semanas de vida se esperan al menos ${WET_MOST}. ${AGE_UNKNOWN.es} ${TODAY.es}`,
    },
    citations: NAPPY_TABLE_SOURCES,
    own: true,
    applies: ({ facts }) => facts.wetBelowTable,
  }),
  rule({
    id: 'BABY-CALL-DIRTY-NAPPIES',
    level: 'call',
    who: 'baby',
    en: `Fewer dirty nappies in 24 hours than expected for your baby's age. ${TODAY.en}`,
    es: `Menos pañales sucios en 24 horas de lo esperado para la edad de tu bebé. ${TODAY.es}`,
    ageUnknown: {
      en: `Fewer than ${DIRTY_MOST} dirty nappies in 24 hours: from day 3 to 4 weeks of age, at least ${DIRTY_MOST} are expected. ${AGE_UNKNOWN.en} ${TODAY.en}`,
      es: `Menos de ${DIRTY_MOST} pañales sucios en 24 horas: desde el tercer día hasta las 4 semanas de vida se esperan al menos ${DIRTY_MOST}. ${AGE_UNKNOWN.es} ${TODAY.es}`,
    },
    citations: ['ELHT', 'PCS-FEED'],
    own: true,
    applies: ({ facts }) => facts.dirtyBelowTable,
  }),
  rule({
    id: 'BABY-CALL-DRY-8H',
    level: 'call',
    who: 'baby',
    en: `No wet nappy for 8 hours or more. ${TODAY.en}`,
    es: `Llevar 8 horas o más sin mojar el pañal. ${TODAY.es}`,
    citations: ['HT-JAUN'],
    applies: ({ answers, fired }) => atLeast(answers.babyHoursSinceWet, THRESHOLDS.babyDryCallHours) && !fired.some((r) => r.id === 'BABY-EMERG-DRY-12H'),
  }),
  rule({
    id: 'BABY-CALL-JAUNDICE-EARLY',
    level: 'call',
    who: 'baby',
    en: "Yellow skin in a baby who may be less than 24 hours old should be checked the same day: contact your baby's midwife right away, or a doctor.",
    es: 'La piel amarilla en un bebé que puede tener menos de 24 horas de vida debe revisarse el mismo día: contacta enseguida con la matrona de tu bebé, o con un médico.',
    ageUnknown: {
      en: "Yellow skin in the first 24 hours of life should be checked the same day. Lactea does not know your baby's age, so it takes the safe side: contact your baby's midwife right away, or a doctor.",
      es: 'La piel amarilla en las primeras 24 horas de vida debe revisarse el mismo día. Lactea no sabe la edad de tu bebé, así que opta por lo más prudente: contacta enseguida con la matrona de tu bebé, o con un médico.',
    },
    citations: ['HT-NPB', 'HU5-JAUN'],
    // Days since birth are whole calendar days: a baby born yesterday may still be under 24 hours old.
    applies: ({ answers }) => answers.babyYellow === 'yes' && !(answers.daysSinceBirth !== 'unknown' && answers.daysSinceBirth > THRESHOLDS.jaundiceEarlyDays),
  }),
  rule({
    id: 'BABY-CALL-JAUNDICE-LATE',
    level: 'call',
    who: 'baby',
    en: `Still yellow at 2 weeks of age. ${TODAY.en}`,
    es: `Sigue amarillo a las 2 semanas de vida. ${TODAY.es}`,
    citations: ['HT-JAUN'],
    applies: ({ answers }) => answers.babyYellow === 'yes' && atLeast(answers.daysSinceBirth, THRESHOLDS.jaundiceLateDays),
  }),
  rule({
    id: 'BABY-CALL-JAUNDICE-DEEPER',
    level: 'call',
    who: 'baby',
    en: `Yellow that is quickly getting deeper. ${TODAY.en}`,
    es: `Un color amarillo que se intensifica rápidamente. ${TODAY.es}`,
    citations: ['HT-JAUN'],
    applies: ({ answers }) => answers.babyYellowDeeper === 'yes',
  }),
  rule({
    id: 'BABY-CALL-PALE-STOOLS',
    level: 'call',
    who: 'baby',
    en: `Pale or chalk-coloured stools need tests the same day. ${TODAY.en}`,
    es: `Las cacas pálidas o de color tiza necesitan pruebas el mismo día. ${TODAY.es}`,
    citations: ['HT-JAUN', 'BLISS-JAUN'],
    applies: ({ answers }) => answers.babyPaleStools === 'yes',
  }),
  rule({
    id: 'BABY-CALL-PINK-URATES',
    level: 'call',
    who: 'baby',
    en: `Pink or orange-red staining in wet nappies after the first couple of days can be a sign your baby is not getting enough milk. ${TODAY.en}`,
    es: `Las manchas rosadas o rojo anaranjadas en los pañales mojados después de los primeros días pueden ser un signo de que tu bebé no recibe suficiente leche. ${TODAY.es}`,
    ageUnknown: {
      en: `Pink or orange-red staining in wet nappies after the first couple of days can be a sign your baby is not getting enough milk. ${AGE_UNKNOWN.en} ${TODAY.en}`,
      es: `Las manchas rosadas o rojo anaranjadas en los pañales mojados después de los primeros días pueden ser un signo de que tu bebé no recibe suficiente leche. ${AGE_UNKNOWN.es} ${TODAY.es}`,
    },
    citations: ['PCS-FEED'],
    // The source says to tell the midwife; "today" is Lactea's own (§12's own rule for the nappies).
    own: true,
    applies: ({ answers }) =>
      answers.babyPinkUrates === 'yes' && !(answers.daysSinceBirth !== 'unknown' && answers.daysSinceBirth < THRESHOLDS.pinkUratesFromDays),
  }),
  rule({
    id: 'BABY-CALL-WEIGHT-LOSS',
    level: 'call',
    who: 'baby',
    en: `More than a tenth (10%) below birth weight calls for a check of your baby and of a feed. ${TODAY.en}`,
    es: `Estar más de una décima parte (un 10 %) por debajo del peso al nacer requiere una valoración de tu bebé y de una toma. ${TODAY.es}`,
    citations: WEIGHT_SOURCES,
    // The sources ask for a clinical assessment; §12's own rule says "soon". "Today" is Lactea's own, on the safe side.
    own: true,
    applies: ({ answers }) => answers.babyWeightLossOver10 === 'yes',
  }),
];

export const BABY_WATCH_RULES: readonly Rule[] = [
  rule({
    id: 'WATCH-BABY-YELLOW',
    level: 'watch',
    who: 'baby',
    en: "Your baby looks yellow. Tell your baby's midwife or health visitor. Lactea asks you to check again within 12 to 24 hours, and to contact your baby's midwife or doctor today if the yellow deepens quickly, stools turn pale, your baby gets sleepier or feeds less, or it lasts to 2 weeks of age.",
    es: 'Tu bebé se ve amarillo. Cuéntaselo a la matrona o a la enfermera pediátrica de tu bebé. Lactea te pide volver a comprobarlo en 12 a 24 horas, y contactar hoy con la matrona o el médico de tu bebé si el amarillo se intensifica rápido, las cacas se vuelven pálidas, tu bebé está más adormilado o come menos, o sigue así a las 2 semanas de vida.',
    citations: ['ELHT', 'HT-JAUN', 'HT-NPB'],
    own: true,
    // Not beside a more serious reason about the baby: "check again in 12 to 24 hours" would contradict it.
    applies: ({ answers, fired }) => answers.babyYellow === 'yes' && !firedFor(fired, 'baby', 'call'),
  }),
];
