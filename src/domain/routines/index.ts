/**
 * The massage routine library: routines resolved for one language (texts, pictures, resolved
 * citations), "when not to massage", the FAQ, and the references cited anywhere in it.
 */
import { isRoutineId, type RoutineId } from '../routine-ids.js';
import { SOURCES, type SourceKey } from '../sources.js';
import { WHEN_NOT_TO_MASSAGE } from './cautions.js';
import { en } from './content/en.js';
import { es } from './content/es.js';
import { ROUTINE_DEFS } from './definitions.js';
import { FAQ, type FaqId } from './faq.js';
import { pictureSvg } from './pictures.js';
import type {
  Catalogue,
  Caution,
  Citation,
  FaqEntry,
  Lang,
  NoteDef,
  Routine,
  RoutineDef,
  RoutineTiming,
  WhenNotEntry,
} from './types.js';

export * from './types.js';
export { ROUTINE_DEFS } from './definitions.js';
export { PICTURE_IDS, PICTURE_TOUCH, pictureSvg, TOUCHES, type PictureId, type PictureOptions, type Touch } from './pictures.js';
export { WHEN_NOT_TO_MASSAGE, type WhenNotId } from './cautions.js';
export { FAQ, type FaqId } from './faq.js';

export const CATALOGUES: Readonly<Record<Lang, Catalogue>> = { en, es };

const FAQ_BY_ID = new Map<FaqId, (typeof FAQ)[number]>(FAQ.map((f) => [f.id, f]));

function cite(keys: readonly SourceKey[]): Citation[] {
  return keys.map((key) => ({ key, citation: SOURCES[key].citation }));
}

/** Seconds the whole routine takes: the sum of its steps, twice over for a per-side routine. */
export function routineTotalSeconds(routine: { perSide: boolean; steps: readonly { seconds: number }[] }): number {
  const once = routine.steps.reduce((sum, s) => sum + s.seconds, 0);
  return routine.perSide ? once * 2 : once;
}

function notes(defs: readonly NoteDef[], texts: Record<string, string>): Caution[] {
  return defs.map((c) => ({ id: c.id, text: texts[c.id] ?? '', citations: cite(c.citations), own: c.own === true }));
}

function faqEntry(id: FaqId, lang: Lang): FaqEntry {
  const f = FAQ_BY_ID.get(id) as (typeof FAQ)[number];
  return { id, ...CATALOGUES[lang].faq[id], citations: cite(f.citations), own: 'own' in f && f.own === true };
}

function resolve(def: RoutineDef, lang: Lang): Routine {
  const cat = CATALOGUES[lang];
  const text = cat.routines[def.id];
  return {
    id: def.id,
    lang,
    title: text.title,
    purpose: text.purpose,
    evidence: text.evidence,
    note: text.note ?? null,
    when: [...def.when],
    perSide: def.perSide,
    pumpSession: def.pumpSession,
    totalSeconds: routineTotalSeconds(def),
    steps: def.steps.map((s) => ({
      id: s.id,
      text: text.steps[s.id] ?? '',
      seconds: s.seconds,
      pictureId: s.picture,
      picture: pictureSvg(s.picture, cat.pictures[s.picture]),
    })),
    cautions: notes(def.cautions, text.cautions),
    tips: notes(def.tips, text.tips),
    faq: def.faq.map((id) => faqEntry(id, lang)),
    citations: cite(def.citations),
    techniques: [...def.techniques],
    suitableForInflammation: def.suitableForInflammation,
  };
}

const DEF_BY_ID = new Map<RoutineId, RoutineDef>(ROUTINE_DEFS.map((d) => [d.id, d]));

/** Every routine, resolved for `lang`, in library order. */
export function listRoutines(lang: Lang): Routine[] {
  return ROUTINE_DEFS.map((d) => resolve(d, lang));
}

/** One routine resolved for `lang`, or null for an unknown id. */
export function getRoutine(id: string, lang: Lang): Routine | null {
  const def = isRoutineId(id) ? DEF_BY_ID.get(id) : undefined;
  return def ? resolve(def, lang) : null;
}

/** Ids of the routines that fit before, during or after nursing or pumping, or on their own. */
export function routinesForTiming(timing: RoutineTiming): RoutineId[] {
  return ROUTINE_DEFS.filter((d) => d.when.includes(timing)).map((d) => d.id);
}

export function whenNotToMassage(lang: Lang): WhenNotEntry[] {
  return WHEN_NOT_TO_MASSAGE.map((w) => ({
    id: w.id,
    text: CATALOGUES[lang].whenNotToMassage[w.id],
    citations: cite(w.citations),
  }));
}

export function faq(lang: Lang): FaqEntry[] {
  return FAQ.map((f) => faqEntry(f.id, lang));
}

export function disclaimer(lang: Lang): string {
  return CATALOGUES[lang].disclaimer;
}

function allCitedKeys(): SourceKey[] {
  const keys = new Set<SourceKey>();
  for (const d of ROUTINE_DEFS) {
    d.citations.forEach((k) => keys.add(k));
    d.cautions.forEach((c) => c.citations.forEach((k) => keys.add(k)));
    d.tips.forEach((c) => c.citations.forEach((k) => keys.add(k)));
  }
  WHEN_NOT_TO_MASSAGE.forEach((w) => w.citations.forEach((k) => keys.add(k)));
  FAQ.forEach((f) => f.citations.forEach((k) => keys.add(k)));
  return Object.keys(SOURCES).filter((k): k is SourceKey => keys.has(k as SourceKey));
}

/** Every source cited anywhere in the library, resolved, in the fact sheet's order. */
export const REFERENCES: readonly Citation[] = cite(allCitedKeys());
