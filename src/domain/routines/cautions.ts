/** "When not to massage": one entry per bullet of CLINICAL.md §4, with its sources. */
import type { SourceKey } from '../sources.js';

export const WHEN_NOT_TO_MASSAGE = [
  { id: 'inflamed', citations: ['ABM36', 'UIHC', 'NHSDG'] },
  { id: 'abscess', citations: ['NHSDG'] },
  { id: 'spreading', citations: ['NHSH', 'NHSDG', 'UNC', 'NHS-SEPSIS'] },
  { id: 'surgery', citations: ['NHSH'] },
  { id: 'pregnancy', citations: ['COCHRANE-BS'] },
  { id: 'lump', citations: ['NHSH', 'DOUGLAS', 'ABM30'] },
  { id: 'pain', citations: ['UWH7498'] },
] as const satisfies readonly { id: string; citations: readonly SourceKey[] }[];

export type WhenNotId = (typeof WHEN_NOT_TO_MASSAGE)[number]['id'];
