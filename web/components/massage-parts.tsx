/** Pieces shared by the massage screens: a step picture, a numbered source list, source numbers. */
import type { JSX } from 'preact';
import { PICTURE_TOUCH, type Citation, type PictureId } from '../../src/domain/routines/index.js';
import { t } from '../i18n.js';

/**
 * A step picture. The SVG is a constant drawn in src/domain/routines/pictures.ts (no user text
 * but its escaped title), so it is set as HTML; it draws in currentColor, i.e. the theme's text colour.
 */
export function StepPicture({ svg, label, large = false }: { svg: string; label: string; large?: boolean }): JSX.Element {
  // The box carries the text alternative; the drawing inside is hidden so it is not read twice.
  const html = svg.replace('<svg ', '<svg aria-hidden="true" focusable="false" ');
  return <div class={large ? 'massage-picture large' : 'massage-picture'} role="img" aria-label={label} dangerouslySetInnerHTML={{ __html: html }} />;
}

/** "Touch: feather-light", under a picture whose hand touches the breast. */
export function TouchNote({ picture }: { picture: PictureId }): JSX.Element | null {
  const touch = PICTURE_TOUCH[picture];
  if (!touch) return null;
  return (
    <p class={`massage-touch touch-${touch}`} data-testid="touch">
      <span class="massage-touch-line" aria-hidden="true" />
      {t(`massage.touch.${touch}`)}
    </p>
  );
}

/** Each citation once, in first-seen order. */
export function uniqueCitations(lists: readonly (readonly Citation[])[]): Citation[] {
  const seen = new Map<string, Citation>();
  for (const list of lists) for (const c of list) if (!seen.has(c.key)) seen.set(c.key, c);
  return [...seen.values()];
}

/** A numbered reference list; items can be pointed at by their number. */
export function SourceList({ citations }: { citations: readonly Citation[] }): JSX.Element {
  return (
    <ol class="massage-sources">
      {citations.map((c) => (
        <li key={c.key}>{c.citation}</li>
      ))}
    </ol>
  );
}

/**
 * After a caution, tip or answer: "Lactea's own rule" where it is one (CLINICAL.md marks them), and
 * the numbers of its sources in `list` (for an own rule, the facts it was built from).
 */
export function Cited({ item, list }: { item: { citations: readonly Citation[]; own: boolean }; list: readonly Citation[] }): JSX.Element {
  return (
    <>
      {item.own && <span class="massage-own">{t('massage.own')}</span>} <SourceNumbers cited={item.citations} list={list} />
    </>
  );
}

/** "Sources: 1, 3" — numbers in `list` (a SourceList shown on the same screen). */
export function SourceNumbers({ cited, list }: { cited: readonly Citation[]; list: readonly Citation[] }): JSX.Element | null {
  const numbers = cited.map((c) => list.findIndex((x) => x.key === c.key) + 1).filter((n) => n > 0);
  if (numbers.length === 0) return null;
  return <span class="massage-cite">{t('massage.sourcesRef', { list: numbers.join(', ') })}</span>;
}

export function minutesLabel(totalSeconds: number): string {
  return t('massage.minutes', { m: Math.max(1, Math.round(totalSeconds / 60)) });
}
