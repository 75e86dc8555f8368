/**
 * The language-neutral shape of every routine: timing, steps (seconds and pictures), technique
 * tags, cautions and sources. Texts with the same keys are in `content/en.ts` and `content/es.ts`.
 * Facts come from shared/CLINICAL.md §1–§5 and §13–§18. Step seconds pace the player; where the
 * fact sheet says "until the flow slows" the step text says the timer is only a guide. A caution or
 * tip marked `own` is one of Lactea's own conservative rules (CLINICAL.md labels them so): the app
 * shows it as Lactea's, with the facts it was built from.
 */
import type { RoutineDef } from './types.js';

const letDown: RoutineDef = {
  id: 'let-down',
  when: ['before', 'during'],
  perSide: true,
  pumpSession: false,
  steps: [
    { id: 'settle', seconds: 15, picture: 'rest' },
    { id: 'circles', seconds: 60, picture: 'circles' },
    { id: 'strokes', seconds: 45, picture: 'strokes-in' },
  ],
  cautions: [
    { id: 'never-hurts', citations: ['UWH7498'] },
    { id: 'not-inflamed', citations: ['ABM36', 'UIHC'] },
  ],
  tips: [{ id: 'how-long', citations: ['UCLH-HE', 'BEDS-NNU', 'HMC-PUMP'], own: true }],
  faq: ['how-often', 'oils', 'pregnancy'],
  citations: ['UWH7498', 'LLL-MSS', 'META-MASSAGE'],
  techniques: ['light-stroke', 'circles'],
  suitableForInflammation: false,
};

const handsOnPumping: RoutineDef = {
  id: 'hands-on-pumping',
  when: ['before', 'during', 'after'],
  perSide: false,
  pumpSession: true,
  steps: [
    { id: 'circles', seconds: 60, picture: 'circles' },
    { id: 'strokes', seconds: 30, picture: 'strokes-in' },
    { id: 'start-pump', seconds: 30, picture: 'pump' },
    { id: 'massage-while-pumping', seconds: 540, picture: 'pump-massage' },
    { id: 'finish', seconds: 300, picture: 'compress' },
  ],
  cautions: [
    { id: 'not-for-inflammation', citations: ['ABM36', 'MORTON09'] },
    { id: 'no-lumps-work', citations: ['ABM36'] },
    { id: 'comfortable', citations: ['UWH7498'] },
  ],
  tips: [
    { id: 'how-often', citations: ['BEDS-NNU', 'NHSL-NNU', 'UWH7498'] },
    { id: 'start-early', citations: ['UCLH-HE', 'BEDS-NNU', 'NHSL-NNU'] },
    { id: 'hand-expression-too', citations: ['MORTON09', 'ILCA11', 'LUSSIER15'], own: true },
    { id: 'no-extra-time', citations: ['ILCA11', 'HMC-PUMP'] },
  ],
  faq: ['how-often', 'oils', 'pregnancy'],
  citations: ['UWH7498', 'MORTON09', 'MORTON12', 'ILCA11', 'ABM36'],
  techniques: ['circles', 'light-stroke', 'compression', 'expression', 'extra-removal'],
  suitableForInflammation: false,
};

const handExpression: RoutineDef = {
  id: 'hand-expression',
  when: ['after', 'standalone'],
  perSide: true,
  pumpSession: false,
  steps: [
    { id: 'prepare', seconds: 15, picture: 'cup' },
    { id: 'massage', seconds: 120, picture: 'strokes-in' },
    { id: 'c-hold', seconds: 20, picture: 'c-hold' },
    { id: 'press-back', seconds: 15, picture: 'press-back' },
    { id: 'compress', seconds: 120, picture: 'compress' },
    { id: 'move', seconds: 90, picture: 'move-round' },
    { id: 'check', seconds: 15, picture: 'skin-check' },
  ],
  cautions: [
    { id: 'inflammation-small', citations: ['ABM36'] },
    { id: 'never-hurts', citations: ['GSTT-HE', 'UWH7498'] },
    { id: 'not-nipple', citations: ['GSTT-HE', 'IOM-HE'] },
    { id: 'learn', citations: [], own: true },
  ],
  tips: [
    { id: 'small-volumes', citations: ['GBHU', 'IOM-HE'] },
    { id: 'separated', citations: ['UCLH-HE', 'BEDS-NNU', 'NHSL-NNU'] },
    { id: 'with-pump', citations: ['MORTON09', 'ILCA11', 'LUSSIER15'], own: true },
  ],
  faq: ['how-often', 'pregnancy'],
  citations: ['GSTT-HE', 'GBHU', 'IOM-HE', 'UCLH-HE', 'MORTON09', 'LUSSIER15', 'FLAHERMAN12', 'ABM36'],
  techniques: ['light-stroke', 'expression'],
  suitableForInflammation: true,
};

const reversePressure: RoutineDef = {
  id: 'reverse-pressure-softening',
  when: ['before'],
  perSide: true,
  pumpSession: false,
  steps: [
    { id: 'prepare', seconds: 20, picture: 'rest' },
    { id: 'press', seconds: 60, picture: 'rps-press' },
    { id: 'move', seconds: 60, picture: 'rps-move' },
    { id: 'move-again', seconds: 60, picture: 'rps-move' },
    { id: 'latch', seconds: 15, picture: 'latch' },
  ],
  cautions: [
    { id: 'not-mastitis', citations: ['BCP-RPS'] },
    { id: 'never-hurts', citations: ['COTTERMAN04'] },
    { id: 'very-firm', citations: ['COTTERMAN04', 'COTTERMAN03'] },
  ],
  tips: [],
  faq: ['reverse-pressure-softening', 'pregnancy'],
  citations: ['COTTERMAN04', 'COTTERMAN03', 'BCP-RPS'],
  techniques: ['areola-pressure'],
  suitableForInflammation: false,
};

const lymphaticDrainage: RoutineDef = {
  id: 'lymphatic-drainage',
  when: ['before', 'after', 'standalone'],
  perSide: true,
  pumpSession: false,
  steps: [
    { id: 'settle', seconds: 20, picture: 'rest' },
    { id: 'armpit', seconds: 60, picture: 'drain-armpit' },
    { id: 'collarbone', seconds: 60, picture: 'drain-collarbone' },
    { id: 'repeat', seconds: 60, picture: 'drain-both' },
  ],
  cautions: [
    { id: 'never-deep', citations: ['ABM36', 'UIHC'] },
    { id: 'urgent', citations: ['NHSDG', 'NHSH', 'UNC'] },
    { id: 'warning-signs', citations: ['ABM4', 'UIHC'] },
  ],
  tips: [],
  faq: ['lump-no-heat', 'pregnancy'],
  citations: ['UIHC', 'ABM36', 'OPHJ23'],
  techniques: ['light-stroke'],
  suitableForInflammation: true,
};

const inflammationCare: RoutineDef = {
  id: 'inflammation-care',
  when: ['standalone'],
  perSide: false,
  pumpSession: false,
  steps: [
    { id: 'check', seconds: 20, picture: 'alert' },
    { id: 'drainage', seconds: 120, picture: 'drain-both' },
    { id: 'cold', seconds: 600, picture: 'cold' },
    { id: 'feed', seconds: 20, picture: 'latch' },
    { id: 'no-extra', seconds: 20, picture: 'info' },
    { id: 'comfort', seconds: 20, picture: 'compress' },
    { id: 'bra', seconds: 15, picture: 'bra' },
    { id: 'pain-relief', seconds: 15, picture: 'info' },
  ],
  cautions: [
    { id: 'urgent', citations: ['NHSDG', 'NHSH', 'UNC'] },
    { id: 'fever', citations: ['ABM4', 'UIHC'] },
    { id: 'not-better', citations: ['NICE', 'NHSDG', 'NHSH'] },
    { id: 'abscess', citations: ['NHSDG'] },
    { id: 'nipple', citations: ['NICE', 'NHSDG'] },
    { id: 'antibiotics', citations: ['UIHC', 'UNC'] },
    { id: 'health', citations: ['NHSH'] },
    { id: 'lump-week', citations: ['NHSH', 'DOUGLAS', 'ABM30'] },
    { id: 'no-shield', citations: ['ABM36'] },
  ],
  tips: [
    { id: 'cold-how-often', citations: ['NHSDG', 'UIHC'], own: true },
    { id: 'milk-safe', citations: ['NCT-MAST', 'NHSC-MAST', 'NHSDG-BI', 'LLLC'] },
    { id: 'other-side-first', citations: ['UIHC'] },
  ],
  faq: ['lump-no-heat'],
  citations: ['ABM36', 'UIHC', 'NHSDG', 'LACTAPP', 'DOUGLAS'],
  techniques: ['light-stroke', 'cold', 'expression'],
  suitableForInflammation: true,
};

const massager: RoutineDef = {
  id: 'massager',
  when: ['before', 'during'],
  perSide: true,
  pumpSession: false,
  steps: [
    { id: 'check', seconds: 15, picture: 'alert' },
    { id: 'light', seconds: 60, picture: 'massager' },
    { id: 'skin', seconds: 15, picture: 'skin-check' },
    { id: 'hands', seconds: 45, picture: 'strokes-in' },
  ],
  cautions: [
    { id: 'not-nipple', citations: [], own: true },
    { id: 'not-inflamed', citations: ['UIHC', 'NHSDG', 'ABM36'] },
    { id: 'heat-skin', citations: ['NHSDG'], own: true },
  ],
  tips: [],
  faq: ['tools', 'oils', 'pregnancy'],
  citations: ['UIHC', 'NHSDG', 'ABM36'],
  techniques: ['vibration', 'heat', 'light-stroke'],
  suitableForInflammation: false,
};

/** Every routine, in the order the library lists them. */
export const ROUTINE_DEFS: readonly RoutineDef[] = [
  letDown,
  handsOnPumping,
  handExpression,
  reversePressure,
  lymphaticDrainage,
  inflammationCare,
  massager,
];
