/**
 * The FAQ shown with the routines (and, per routine, the questions that concern it): ids and
 * sources; the words are in the catalogues. `own` marks an answer that is Lactea's own practical
 * answer or rule built from the cited facts (CLINICAL.md §14–§16), so the app says so.
 */
import type { SourceKey } from '../sources.js';

export const FAQ = [
  { id: 'how-often', citations: ['UCLH-HE', 'BEDS-NNU', 'HMC-PUMP', 'UWH7498', 'ILCA11'], own: true },
  { id: 'oils', citations: ['OUH-BF', 'NHS-S4L-NIP', 'CHMN-PUMP', 'PUMP-HANDOUT', 'LACTMED-LAV', 'BFB'], own: true },
  { id: 'pregnancy', citations: ['COCHRANE-BS'], own: true },
  { id: 'breastfeeding-pregnant', citations: ['LLLI-PREG', 'LOPEZ17', 'MOLITORIS19', 'HW-BDP'], own: true },
  { id: 'tools', citations: ['UWH7498', 'UIHC', 'NHSDG'] },
  { id: 'reverse-pressure-softening', citations: ['COTTERMAN04', 'COTTERMAN03', 'BCP-RPS'] },
  { id: 'lump-no-heat', citations: ['ABM36', 'UIHC', 'NHSDG', 'DOUGLAS', 'NHSH'] },
] as const satisfies readonly { id: string; citations: readonly SourceKey[]; own?: true }[];

export type FaqId = (typeof FAQ)[number]['id'];
