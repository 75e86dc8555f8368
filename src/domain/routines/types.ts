/**
 * Types of the massage routine library. The language-neutral structure (ids, seconds, pictures,
 * tags, citations) lives in `definitions.ts`; the words live in one catalogue per language,
 * keyed the same way, so a test can check that English and Spanish say the same things.
 */
import type { RoutineId } from '../routine-ids.js';
import type { MassageTiming } from '../session.js';
import type { SourceKey } from '../sources.js';
import type { PictureId } from './pictures.js';
import type { FaqId } from './faq.js';
import type { WhenNotId } from './cautions.js';

export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];

/** When a routine fits: around a feed or pumping session, or on its own. */
export const ROUTINE_TIMINGS = ['before', 'during', 'after', 'standalone'] as const;
export type RoutineTiming = MassageTiming | 'standalone';

/** Machine-readable tags for what a routine asks the hands (or a device) to do. */
export const TECHNIQUES = [
  'light-stroke',
  'circles',
  'compression',
  'deep-pressure',
  'heat',
  'vibration',
  'areola-pressure',
  'expression',
  'extra-removal',
  'cold',
] as const;
export type Technique = (typeof TECHNIQUES)[number];

export interface StepDef {
  /** Key of the step's text in each catalogue, unique within its routine. */
  id: string;
  /** Whole seconds the player gives the step (for one side). */
  seconds: number;
  picture: PictureId;
}

/** A caution or a practical tip: its text is keyed by `id` in each catalogue. */
export interface NoteDef {
  /** Key of the text in each catalogue, unique within its list. */
  id: string;
  citations: readonly SourceKey[];
  /**
   * One of Lactea's own rules (CLINICAL.md marks them "Lactea's own rule"): a conservative choice
   * built from the cited facts, shown as Lactea's, never as a guideline's.
   */
  own?: true;
}

export type CautionDef = NoteDef;

export interface RoutineDef {
  id: RoutineId;
  when: readonly RoutineTiming[];
  /** The player walks every step on the left side, then again on the right. */
  perSide: boolean;
  /**
   * Done while pumping (hands-on pumping): playing it times a pump session, and the massage is
   * logged on that pump as *during*.
   */
  pumpSession: boolean;
  steps: readonly StepDef[];
  cautions: readonly CautionDef[];
  /** "Good to know": practical answers for this routine (CLINICAL.md §13–§16, §18). */
  tips: readonly NoteDef[];
  /** Questions of the FAQ that this routine's page shows too. */
  faq: readonly FaqId[];
  citations: readonly SourceKey[];
  techniques: readonly Technique[];
  /** Safe to use on a red, sore or inflamed breast (CLINICAL.md §1 and §4). */
  suitableForInflammation: boolean;
}

export interface RoutineText {
  title: string;
  purpose: string;
  /** One honest sentence or two about the evidence (CLINICAL.md §3). */
  evidence: string;
  /** Extra explanation, e.g. where current guidance differs from older advice. */
  note?: string;
  steps: Record<string, string>;
  cautions: Record<string, string>;
  tips: Record<string, string>;
}

export interface FaqText {
  question: string;
  answer: string;
}

/** Every word of the library in one language. */
export interface Catalogue {
  disclaimer: string;
  pictures: Record<PictureId, string>;
  routines: Record<RoutineId, RoutineText>;
  whenNotToMassage: Record<WhenNotId, string>;
  faq: Record<FaqId, FaqText>;
}

/** A reference resolved from its key. */
export interface Citation {
  key: SourceKey;
  citation: string;
}

export interface Step {
  id: string;
  text: string;
  seconds: number;
  pictureId: PictureId;
  /** A self-contained SVG with a localised <title>. */
  picture: string;
}

export interface Caution {
  id: string;
  text: string;
  citations: Citation[];
  /** Lactea's own rule, built from the citations (see NoteDef.own). */
  own: boolean;
}

/** A routine resolved for one language, ready to show. */
export interface Routine {
  id: RoutineId;
  lang: Lang;
  title: string;
  purpose: string;
  evidence: string;
  note: string | null;
  when: RoutineTiming[];
  perSide: boolean;
  pumpSession: boolean;
  totalSeconds: number;
  steps: Step[];
  cautions: Caution[];
  tips: Caution[];
  faq: FaqEntry[];
  citations: Citation[];
  techniques: Technique[];
  suitableForInflammation: boolean;
}

export interface FaqEntry {
  id: FaqId;
  question: string;
  answer: string;
  citations: Citation[];
  /** The answer is Lactea's own (built from the citations), not a source's. */
  own: boolean;
}

export interface WhenNotEntry {
  id: WhenNotId;
  text: string;
  citations: Citation[];
}
