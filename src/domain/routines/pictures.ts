/**
 * Step pictures: a plain front-view schematic of a breast (outline, areola, nipple, and where
 * needed marks for the armpit and collarbone) with arrows and fingertips. Drawn in
 * `currentColor` so they follow the light or dark theme; no external references, no scripts.
 */

export const PICTURE_IDS = [
  'rest',
  'circles',
  'strokes-in',
  'fingertips-areola',
  'fingertips-rotate',
  'expression',
  'pump',
  'pump-massage',
  'drain-armpit',
  'drain-collarbone',
  'cold',
  'massager',
  'skin-check',
  'info',
  'alert',
] as const;
export type PictureId = (typeof PICTURE_IDS)[number];

const CX = 60;
const CY = 66;

const r1 = (v: number): number => Math.round(v * 10) / 10;

/** A point at `radius` from the nipple, `deg` degrees clockwise from 3 o'clock. */
function polar(radius: number, deg: number): [number, number] {
  const a = (deg * Math.PI) / 180;
  return [r1(CX + radius * Math.cos(a)), r1(CY + radius * Math.sin(a))];
}

function head(x: number, y: number, angle: number): string {
  const p = (d: number): string => `${r1(x - 5 * Math.cos(angle + d))} ${r1(y - 5 * Math.sin(angle + d))}`;
  return `M${p(-0.5)}L${x} ${y}L${p(0.5)}`;
}

function arrow(x1: number, y1: number, x2: number, y2: number): string {
  return `<path d="M${x1} ${y1}L${x2} ${y2}${head(x2, y2, Math.atan2(y2 - y1, x2 - x1))}"/>`;
}

function radialArrow(from: number, to: number, deg: number): string {
  const [x1, y1] = polar(from, deg);
  const [x2, y2] = polar(to, deg);
  return arrow(x1, y1, x2, y2);
}

/** A clockwise arc around the nipple with an arrowhead at its end. */
function arcArrow(radius: number, fromDeg: number, toDeg: number): string {
  const [x1, y1] = polar(radius, fromDeg);
  const [x2, y2] = polar(radius, toDeg);
  const tangent = ((toDeg + 90) * Math.PI) / 180;
  return `<path d="M${x1} ${y1}A${radius} ${radius} 0 0 1 ${x2} ${y2}${head(x2, y2, tangent)}"/>`;
}

function fingertip(radius: number, deg: number): string {
  const [x, y] = polar(radius, deg);
  return `<circle cx="${x}" cy="${y}" r="3.2" fill="currentColor" fill-opacity="0.6" stroke="none"/>`;
}

const BREAST =
  `<circle cx="${CX}" cy="${CY}" r="36"/>` +
  `<circle cx="${CX}" cy="${CY}" r="12" fill="currentColor" fill-opacity="0.12"/>` +
  `<circle cx="${CX}" cy="${CY}" r="4" fill="currentColor" fill-opacity="0.45"/>`;
const ARMPIT = '<path d="M100 20Q110 28 112 44" stroke-opacity="0.6"/>';
const COLLARBONE = '<path d="M20 12Q60 4 100 12" stroke-opacity="0.6"/>';
const DROP = (x: number, y: number): string =>
  `<path d="M${x} ${y}q-3 5 0 7q3-2 0-7" fill="currentColor" fill-opacity="0.4"/>`;
const FLANGE = `<circle cx="${CX}" cy="${CY}" r="17"/><circle cx="${CX}" cy="${CY}" r="7" stroke-dasharray="2 2"/>`;

const BODIES: Record<PictureId, string> = {
  rest: BREAST + '<path d="M16 22q6-6 12 0t12 0"/><path d="M80 22q6-6 12 0t12 0"/>',
  circles:
    BREAST +
    [30, 90, 150, 210, 270, 330]
      .map((d) => {
        const [x, y] = polar(25, d);
        return `<circle cx="${x}" cy="${y}" r="4.5" stroke-dasharray="3 2"/>`;
      })
      .join(''),
  'strokes-in': BREAST + [0, 60, 120, 180, 240, 300].map((d) => radialArrow(33, 17, d)).join(''),
  'fingertips-areola': BREAST + [0, 90, 180, 270].map((d) => fingertip(8.5, d)).join(''),
  'fingertips-rotate': BREAST + [45, 135, 225, 315].map((d) => fingertip(8.5, d)).join('') + arcArrow(18, -70, 20),
  expression: BREAST + fingertip(16, 0) + fingertip(16, 180) + DROP(CX, 71) + DROP(CX + 6, 80),
  pump: BREAST + FLANGE + `<path d="M${CX} 83V112"/>`,
  'pump-massage':
    BREAST + FLANGE + `<path d="M${CX} 83V112"/>` + fingertip(29, 200) + radialArrow(27, 21, 200) + fingertip(29, 340) + radialArrow(27, 21, 340),
  'drain-armpit': BREAST + ARMPIT + arrow(70, 58, 96, 36) + arrow(73, 66, 104, 48) + arrow(66, 55, 88, 26),
  'drain-collarbone': BREAST + COLLARBONE + arrow(52, 53, 44, 20) + arrow(60, 52, 60, 18) + arrow(68, 53, 76, 20),
  cold:
    BREAST +
    '<rect x="66" y="30" width="30" height="22" rx="5" fill="currentColor" fill-opacity="0.15"/>' +
    '<path d="M81 34V48M75 37.5L87 44.5M75 44.5L87 37.5"/>',
  massager:
    BREAST +
    '<ellipse cx="36" cy="52" rx="9" ry="6" fill="currentColor" fill-opacity="0.2"/><path d="M28 46L16 36"/>' +
    `<circle cx="${CX}" cy="${CY}" r="9"/><path d="M53.6 59.6L66.4 72.4"/>`,
  'skin-check': BREAST + '<path d="M84 30l6 6l14-16"/>',
  info: BREAST + '<circle cx="98" cy="22" r="10"/><path d="M98 20V28"/><circle cx="98" cy="15.5" r="1" fill="currentColor"/>',
  alert: BREAST + '<path d="M98 10L110 32H86Z"/><path d="M98 17V25"/><circle cx="98" cy="28.5" r="1" fill="currentColor"/>',
};

function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The picture as a standalone SVG string whose <title> is `title` (escaped). */
export function pictureSvg(id: PictureId, title: string): string {
  return (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 120" role="img" fill="none" stroke="currentColor" ' +
    `stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><title>${escapeXml(title)}</title>${BODIES[id]}</svg>`
  );
}
