/** The short FAQ shown with the routines: ids and sources; the words are in the catalogues. */
import type { SourceKey } from '../sources.js';

export const FAQ = [
  { id: 'how-often', citations: ['UWH7498', 'LLL-MSS', 'ABM36'] },
  { id: 'pregnancy', citations: ['COCHRANE-BS'] },
  { id: 'tools', citations: ['UWH7498', 'UIHC', 'NHSDG'] },
  { id: 'reverse-pressure-softening', citations: ['COTTERMAN04', 'COTTERMAN03', 'BCP-RPS'] },
  { id: 'lump-no-heat', citations: ['ABM36', 'UIHC', 'NHSDG', 'DOUGLAS', 'NHSH'] },
] as const satisfies readonly { id: string; citations: readonly SourceKey[] }[];

export type FaqId = (typeof FAQ)[number]['id'];
