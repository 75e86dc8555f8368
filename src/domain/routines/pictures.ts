/**
 * Step pictures that teach: a line drawing of one breast seen from the front, as she sees her own
 * (for the left breast the armpit is on the left, the breastbone on the right; the right breast is
 * the mirror image), with the hand or fingertips in place and the stroke's path, direction and
 * lightness:
 *
 * - feather-light (lymphatic drainage): a thin dotted path, open finger pads;
 * - light (let-down strokes, circles): a dashed path, the pads lightly tinted;
 * - steady pressure (reverse pressure softening, pressing back): rings closing in on the fingertips,
 *   i.e. pressing back toward the chest;
 * - compress and release (hand expression): thumb and finger drawing together, then apart.
 *
 * With `motion`, the hand moves along its path with SMIL animation (no script, no style attribute,
 * so the page's CSP holds); without it the picture is still, with the hand where the stroke starts
 * and arrows for where it goes (for `prefers-reduced-motion`, and the routine's page). Everything
 * is drawn in `currentColor`; classes let the stylesheet give the hand and the stroke the theme's
 * accent. No external references, no scripts, no text inside: the words are the <title>.
 */
import type { Side } from '../session.js';

export const PICTURE_IDS = [
  'rest',
  'cup',
  'circles',
  'strokes-in',
  'rps-press',
  'rps-move',
  'c-hold',
  'press-back',
  'compress',
  'move-round',
  'pump',
  'pump-massage',
  'drain-armpit',
  'drain-collarbone',
  'drain-both',
  'cold',
  'massager',
  'skin-check',
  'latch',
  'bra',
  'alert',
  'info',
] as const;
export type PictureId = (typeof PICTURE_IDS)[number];

/** How the touch feels, shown with the picture in words too. Null where no hand touches the breast. */
export const TOUCHES = ['feather', 'light', 'steady', 'compress'] as const;
export type Touch = (typeof TOUCHES)[number];

export const PICTURE_TOUCH: Record<PictureId, Touch | null> = {
  rest: null,
  cup: null,
  circles: 'light',
  'strokes-in': 'light',
  'rps-press': 'steady',
  'rps-move': 'steady',
  'c-hold': 'light',
  'press-back': 'steady',
  compress: 'compress',
  'move-round': 'compress',
  pump: null,
  'pump-massage': 'light',
  'drain-armpit': 'feather',
  'drain-collarbone': 'feather',
  'drain-both': 'feather',
  cold: null,
  massager: 'light',
  'skin-check': 'feather',
  latch: null,
  bra: null,
  alert: null,
  info: null,
};

// ---- Geometry (left breast, self view; the right breast is mirrored) ----

const W = 160;
const CX = 86;
const CY = 92;
/** Breast, areola and nipple radii. */
const R = 50;
const AREOLA = 15;
const NIPPLE = 5;
/** Where the lymph nodes of the armpit and above the collarbone are drawn. */
const ARMPIT: Pt = [20, 40];
const COLLAR: Pt = [92, 16];

type Pt = readonly [number, number];

const r1 = (v: number): number => Math.round(v * 10) / 10;
const pt = (p: Pt): string => `${r1(p[0])} ${r1(p[1])}`;

/** A point at `radius` from the nipple, `deg` degrees clockwise from 3 o'clock (0 = toward the breastbone, 180 = the armpit). */
function polar(radius: number, deg: number, c: Pt = [CX, CY]): Pt {
  const a = (deg * Math.PI) / 180;
  return [c[0] + radius * Math.cos(a), c[1] + radius * Math.sin(a)];
}

const angleOf = (from: Pt, to: Pt): number => (Math.atan2(to[1] - from[1], to[0] - from[0]) * 180) / Math.PI;

function arrowHead(at: Pt, deg: number, size = 5): string {
  const a = (deg * Math.PI) / 180;
  const p = (d: number): Pt => [at[0] - size * Math.cos(a + d), at[1] - size * Math.sin(a + d)];
  return `M${pt(p(-0.55))}L${pt(at)}L${pt(p(0.55))}`;
}

/** A quadratic curve from `a` to `b` bending by `bend` (perpendicular, in px). */
function curve(a: Pt, b: Pt, bend: number): { d: string; mid: Pt; endAngle: number } {
  const m: Pt = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  const n = angleOf(a, b) + 90;
  const c = polar(bend, n, m);
  return { d: `M${pt(a)}Q${pt(c)} ${pt(b)}`, mid: c, endAngle: angleOf(c, b) };
}

// ---- Drawing pieces ----

const BODY =
  // The side of the chest toward the armpit, the collarbone, the breastbone: faint context.
  `<g class="p-body" stroke-opacity="0.45">` +
  `<path d="M10 16Q22 44 16 80"/>` +
  `<path d="M14 10Q84 2 152 12"/>` +
  `<path d="M154 40V150" stroke-dasharray="2 5"/>` +
  `</g>`;

/** The breast's outline: fuller below, its upper edge blending into the chest (drawn faint). */
const BREAST =
  `<path d="M${CX - 50} ${CY + 2}C${CX - 50} ${CY + 34} ${CX - 26} ${CY + 52} ${CX + 2} ${CY + 52}C${CX + 30} ${CY + 52} ${CX + 49} ${CY + 30} ${CX + 49} ${CY + 2}"/>` +
  `<path d="M${CX + 49} ${CY + 2}C${CX + 49} ${CY - 24} ${CX + 28} ${CY - 46} ${CX} ${CY - 46}C${CX - 28} ${CY - 46} ${CX - 50} ${CY - 24} ${CX - 50} ${CY + 2}" stroke-opacity="0.35"/>` +
  `<circle cx="${CX}" cy="${CY}" r="${AREOLA}" fill="currentColor" fill-opacity="0.12"/>` +
  `<circle cx="${CX}" cy="${CY}" r="${NIPPLE}" fill="currentColor" fill-opacity="0.45"/>`;

const NODES = (c: Pt): string =>
  `<g fill="currentColor" fill-opacity="0.35" stroke="none">` +
  [
    [-5, -3],
    [4, -5],
    [1, 4],
  ]
    .map(([dx, dy]) => `<circle cx="${r1(c[0] + (dx ?? 0))}" cy="${r1(c[1] + (dy ?? 0))}" r="2.2"/>`)
    .join('') +
  `</g>`;

/**
 * A finger, tip at the origin pointing along +x, as seen from the back of the hand (the nail shows).
 * `open`: a feather-light touch, drawn unfilled.
 */
function finger(len: number, w: number, open = false): string {
  return (
    `<rect x="${-len}" y="${r1(-w / 2)}" width="${len}" height="${w}" rx="${r1(w / 2)}" fill="currentColor" fill-opacity="${open ? 0.04 : 0.2}"/>` +
    `<rect x="${r1(-w * 0.85)}" y="${r1(-w * 0.28)}" width="${r1(w * 0.55)}" height="${r1(w * 0.56)}" rx="${r1(w * 0.22)}" stroke-opacity="0.55"/>`
  );
}

/** A finger placed with its tip at `tip`, pointing at `deg`. */
function fingerAt(tip: Pt, deg: number, len = 30, w = 10, open = false): string {
  return `<g transform="translate(${pt(tip)}) rotate(${r1(deg)})">${finger(len, w, open)}</g>`;
}

/** Three fingers side by side, tips near the origin pointing along +x (a flat hand stroking). */
function flatHand(open = false): string {
  return [
    [-9.5, -2, 26],
    [0, 0, 30],
    [9.5, -2, 27],
  ]
    .map(([dy, dx, len]) => `<g transform="translate(${dx} ${dy})">${finger(len ?? 28, 9, open)}</g>`)
    .join('');
}

/** The hand group: it takes the accent colour from the stylesheet. */
const hand = (body: string, extra = ''): string => `<g class="p-hand">${body}${extra}</g>`;

/** A stroke's path, dotted for feather-light, dashed for light; with an arrowhead at its end. */
function strokePath(d: string, end: Pt, endAngle: number, touch: 'feather' | 'light'): string {
  const dash = touch === 'feather' ? ' stroke-dasharray="1 4" stroke-width="1.6"' : ' stroke-dasharray="5 4"';
  return `<g class="p-stroke"><path d="${d}"${dash}/><path d="${arrowHead(end, endAngle)}"/></g>`;
}

/** Rings closing in on a point: steady pressure back toward the chest. */
function pressureRings(c: Pt, motion: boolean, begin = 0): string {
  const ring = (r: number, i: number): string => {
    const anim = motion
      ? `<animate attributeName="r" values="${r + 5};${r - 1};${r - 1};${r + 5}" keyTimes="0;0.35;0.85;1" dur="3s" begin="${begin + i * 0.2}s" repeatCount="indefinite"/>`
      : '';
    return `<circle cx="${r1(c[0])}" cy="${r1(c[1])}" r="${r}" stroke-dasharray="2 3">${anim}</circle>`;
  };
  return `<g class="p-stroke" stroke-width="1.4">${ring(9, 0)}${ring(14, 1)}</g>`;
}

/** Moves its content along `path` (origin = the hand's tip), fading in and out at the ends. */
function along(path: string, dur: number, body: string, opts: { begin?: number; fade?: boolean } = {}): string {
  const begin = opts.begin ?? 0;
  const fade = opts.fade === false ? '' : `<animate attributeName="opacity" values="0;1;1;0" keyTimes="0;0.12;0.85;1" dur="${dur}s" begin="${begin}s" repeatCount="indefinite"/>`;
  return `<g><animateMotion path="${path}" dur="${dur}s" begin="${begin}s" repeatCount="indefinite" calcMode="linear"/>${fade}${body}</g>`;
}

function at(p: Pt, body: string): string {
  return `<g transform="translate(${pt(p)})">${body}</g>`;
}

/** A path relative to its start (animateMotion moves the hand's origin from 0,0 along it). */
function relative(points: readonly Pt[]): string {
  const [first] = points;
  if (!first) return '';
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${r1(p[0] - first[0])} ${r1(p[1] - first[1])}`).join('');
}

// ---- The pictures ----

type Drawing = (motion: boolean) => string;

/** Strokes from the outer breast in toward the nipple, all the way round; the hand moves along one. */
const strokesIn: Drawing = (motion) => {
  const angles = [200, 250, 300, 150, 100, 45];
  const paths = angles
    .map((deg) => {
      const a = polar(R - 6, deg);
      const b = polar(AREOLA + 5, deg);
      return strokePath(`M${pt(a)}L${pt(b)}`, b, deg + 180, 'light');
    })
    .join('');
  const from = polar(R - 4, 200);
  const to = polar(AREOLA + 7, 200);
  const theHand = hand(`<g transform="rotate(20)">${flatHand()}</g>`);
  return paths + (motion ? at(from, along(relative([from, to]), 2.4, theHand)) : at(from, theHand));
};

/** Small circles with the fingertips, working round the outer breast. */
const circles: Drawing = (motion) => {
  const loops = 7;
  const pts: Pt[] = [];
  for (let i = 0; i <= 168; i++) {
    const t = (i / 168) * 2 * Math.PI;
    const base = polar(R - 16, (t * 180) / Math.PI - 90);
    pts.push([base[0] + 6 * Math.cos(t * loops * 2), base[1] + 6 * Math.sin(t * loops * 2)]);
  }
  const d = pts.map((p, i) => `${i === 0 ? 'M' : 'L'}${pt(p)}`).join('');
  const start = pts[0] as Pt;
  const tips = hand(`<g transform="rotate(60)">${fingerAt([0, -6], 0, 22, 8)}${fingerAt([2, 4], 0, 24, 8)}</g>`);
  const path = `<g class="p-stroke"><path d="${d}" stroke-dasharray="3 3" stroke-width="1.3" stroke-opacity="0.7"/></g>`;
  return path + (motion ? at(start, along(relative(pts), 14, tips, { fade: false })) : at(start, tips));
};

/** Feather-light strokes from the areola toward lymph nodes at `target`. */
function drain(targets: readonly Pt[], motion: boolean): string {
  const lines: string[] = [];
  const hands: string[] = [];
  targets.forEach((target, i) => {
    const toward = angleOf([CX, CY], target);
    for (const off of [-30, 0, 30]) {
      const a = polar(AREOLA + 4, toward + off);
      const b = polar(9, angleOf(target, a), target);
      const c = curve(a, b, off * 0.3);
      lines.push(strokePath(c.d, b, c.endAngle, 'feather'));
      if (off !== 0) continue;
      const dir = angleOf(a, b);
      const theHand = hand(`<g transform="rotate(${r1(dir)})">${flatHand(true)}</g>`);
      if (!motion) {
        hands.push(at(polar(Math.hypot(b[0] - a[0], b[1] - a[1]) * 0.55, dir, a), theHand));
        continue;
      }
      const rel = `M0 0Q${pt([c.mid[0] - a[0], c.mid[1] - a[1]])} ${pt([b[0] - a[0], b[1] - a[1]])}`;
      hands.push(at(a, along(rel, 4, theHand, { begin: i * 2 })));
    }
  });
  return targets.map(NODES).join('') + lines.join('') + hands.join('');
}

/** A digit from `base` to `tip` (capsule), with the nail near the tip. */
function digit(base: Pt, tip: Pt, w: number, fillOpacity = 0.2): string {
  const len = r1(Math.hypot(tip[0] - base[0], tip[1] - base[1]) + w / 2);
  return `<g transform="translate(${pt(tip)}) rotate(${r1(angleOf(base, tip))})"><rect x="${-len}" y="${r1(-w / 2)}" width="${len}" height="${w}" rx="${r1(w / 2)}" fill="currentColor" fill-opacity="${fillOpacity}"/><rect x="${r1(-w * 0.85)}" y="${r1(-w * 0.28)}" width="${r1(w * 0.55)}" height="${r1(w * 0.56)}" rx="${r1(w * 0.22)}" stroke-opacity="0.55"/></g>`;
}

/**
 * The C hold: the hand comes from the outer side (the armpit), palm off the breast, thumb above and
 * index finger below the nipple about 2–3 cm back from its base; `rot` turns the hold round the nipple.
 */
function cHold(rot: number, extra: { press?: boolean; squeeze?: boolean; motion: boolean }): string {
  const d = AREOLA + 11;
  const thumbTip: Pt = [CX, CY - d];
  const fingerTip: Pt = [CX, CY + d];
  const palm: Pt = [CX - 62, CY + 2];
  const squeeze = (dy: number): string =>
    extra.squeeze && extra.motion
      ? `<animateTransform attributeName="transform" type="translate" values="0 0;0 ${dy};0 ${dy};0 0" keyTimes="0;0.3;0.65;1" dur="3s" repeatCount="indefinite"/>`
      : '';
  const hold =
    // Middle and ring fingers behind the index finger, under the breast.
    `<g stroke-opacity="0.6">${digit([palm[0] + 6, palm[1] + 24], [CX - 14, CY + d + 16], 9, 0.1)}${digit([palm[0] + 4, palm[1] + 16], [CX - 6, CY + d + 8], 9.5, 0.12)}</g>` +
    `<ellipse cx="${pt(palm).split(' ')[0]}" cy="${pt(palm).split(' ')[1]}" rx="15" ry="27" fill="currentColor" fill-opacity="0.16"/>` +
    `<g>${squeeze(5)}${digit([palm[0] + 6, palm[1] - 20], thumbTip, 12.5)}</g>` +
    `<g>${squeeze(-5)}${digit([palm[0] + 10, palm[1] + 10], fingerTip, 10.5)}</g>`;
  let marks = '';
  if (extra.press) marks += pressureRings(thumbTip, extra.motion) + pressureRings(fingerTip, extra.motion, 0.3);
  if (extra.squeeze) {
    const inward = (from: Pt, dy: number): string => {
      const to: Pt = [from[0] + 12, from[1] + dy];
      return `<g class="p-stroke"><path d="M${pt([from[0] + 12, from[1]])}L${pt(to)}"/><path d="${arrowHead(to, dy > 0 ? 90 : 270)}"/></g>`;
    };
    marks += inward([CX, CY - d - 2], 9) + inward([CX, CY + d + 2], -9);
    const drop = (dx: number, delay: number): string =>
      `<path d="M${r1(CX + dx)} ${CY + NIPPLE + 3}q-3 5 0 7q3-2 0-7" fill="currentColor" fill-opacity="0.5" stroke-width="1.2"${extra.motion ? ' opacity="0"' : ''}>${
        extra.motion ? `<animate attributeName="opacity" values="0;0;1;0" keyTimes="0;0.35;0.6;1" dur="3s" begin="${delay}s" repeatCount="indefinite"/>` : ''
      }</path>`;
    marks += `<g class="p-milk" transform="rotate(${-rot} ${CX} ${CY})">${drop(-8, 0)}${drop(8, 0.2)}</g>`;
  }
  // A small span from the nipple's base to the thumb: the 2–3 cm.
  const tick = (y: number): string => `M${CX + 9} ${y}H${CX + 15}`;
  const span = `<g class="p-stroke" stroke-width="1.2"><path d="M${CX + 12} ${CY - NIPPLE - 1}V${CY - d + 1}"/><path d="${tick(CY - NIPPLE - 1)}${tick(CY - d + 1)}"/></g>`;
  // Placing the hold: the hand slides in from the side, then stays.
  const place = !extra.press && !extra.squeeze && extra.motion ? `<animateTransform attributeName="transform" type="translate" values="-22 0;0 0;0 0" keyTimes="0;0.35;1" dur="4s" repeatCount="indefinite"/>` : '';
  return `<g transform="rotate(${rot} ${CX} ${CY})">${extra.press || extra.squeeze ? '' : span}<g>${place}${hand(hold)}</g>${marks}</g>`;
}

/** The hold moves round the breast to a new spot: a ghost where it was, an arc to where it goes. */
const moveRound: Drawing = (motion) => {
  const arc = `<g class="p-stroke"><path d="M${pt(polar(R - 8, 200))}A${R - 8} ${R - 8} 0 0 1 ${pt(polar(R - 8, 250))}" stroke-dasharray="5 4"/><path d="${arrowHead(polar(R - 8, 250), 340)}"/></g>`;
  const ghost = `<g opacity="0.3">${cHold(0, { motion: false, press: false })}</g>`;
  const moved = motion
    ? `<g><animateTransform attributeName="transform" type="rotate" values="0 ${CX} ${CY};45 ${CX} ${CY};45 ${CX} ${CY}" keyTimes="0;0.4;1" dur="5s" repeatCount="indefinite"/>${cHold(0, { motion: true, squeeze: true })}</g>`
    : cHold(45, { motion: false, squeeze: true });
  return ghost + arc + moved;
};

/** Fingertips round the base of the nipple, pressing steadily back toward the chest. */
function rpsHold(rot: number, motion: boolean): string {
  const tips = [150, 210, 330, 30].map((deg) => ({ tip: polar(AREOLA - 3, deg + rot), deg: deg + rot + 180 }));
  const fingers = tips.map(({ tip, deg }) => `<g transform="translate(${pt(tip)}) rotate(${r1(deg)})">${finger(34, 9.5)}</g>`).join('');
  const rings = tips.map(({ tip }, i) => pressureRings(tip, motion, i * 0.1)).join('');
  return hand(fingers) + rings;
}

const rpsMove: Drawing = (motion) => {
  const arc = `<g class="p-stroke"><path d="M${pt(polar(AREOLA + 10, 190))}A${AREOLA + 10} ${AREOLA + 10} 0 0 1 ${pt(polar(AREOLA + 10, 232))}" stroke-dasharray="4 3"/><path d="${arrowHead(polar(AREOLA + 10, 232), 322)}"/></g>`;
  const ghost = `<g opacity="0.3">${rpsHold(0, false)}</g>`;
  const moved = motion
    ? `<g><animateTransform attributeName="transform" type="rotate" values="0 ${CX} ${CY};45 ${CX} ${CY};45 ${CX} ${CY}" keyTimes="0;0.3;1" dur="6s" repeatCount="indefinite"/>${rpsHold(0, true)}</g>`
    : rpsHold(45, false);
  return ghost + arc + moved;
};

const FLANGE = `<circle cx="${CX}" cy="${CY}" r="24" fill="currentColor" fill-opacity="0.08"/><circle cx="${CX}" cy="${CY}" r="10" stroke-dasharray="2 2"/><path d="M${CX + 14} ${CY + 19}L${CX + 34} ${CY + 62}M${CX + 23} ${CY + 10}L${CX + 48} ${CY + 52}"/>`;

/** Fingers pressing the outer breast in toward the flange, then easing off. */
const pumpMassage: Drawing = (motion) => {
  const tip = polar(R - 14, 200);
  const press = motion
    ? `<animateTransform attributeName="transform" type="translate" values="0 0;${pt(polar(6, 20, [0, 0]))};${pt(polar(6, 20, [0, 0]))};0 0" keyTimes="0;0.3;0.7;1" dur="3s" repeatCount="indefinite" additive="sum"/>`
    : '';
  const theHand = hand(`<g>${press}<g transform="translate(${pt(tip)}) rotate(20)">${flatHand()}</g></g>`);
  const arrow = `<g class="p-stroke"><path d="M${pt(polar(R - 2, 200))}L${pt(polar(R - 24, 200))}"/><path d="${arrowHead(polar(R - 24, 200), 20)}"/></g>`;
  return FLANGE + arrow + theHand;
};

const cold: Drawing = (motion) => {
  const pack =
    `<g transform="translate(44 44) rotate(-14)"><rect x="0" y="0" width="40" height="30" rx="7" fill="currentColor" fill-opacity="0.12"/>` +
    `<path d="M6 6q14 6 28 0M6 24q14-6 28 0" stroke-opacity="0.5"/>` +
    `<path d="M20 8V22M14 11L26 19M14 19L26 11" stroke-width="1.6"/></g>`;
  const waves = [0, 1, 2]
    .map(
      (i) =>
        `<path d="M${64 + i * 10} ${80 + i * 3}q4 4 0 8" stroke-opacity="0.6">${motion ? `<animate attributeName="opacity" values="0.2;1;0.2" dur="3s" begin="${i * 0.5}s" repeatCount="indefinite"/>` : ''}</path>`,
    )
    .join('');
  return hand(pack) + `<g class="p-stroke">${waves}</g>`;
};

const massager: Drawing = (motion) => {
  const keepOff = `<circle cx="${CX}" cy="${CY}" r="${AREOLA + 6}" class="p-stroke" stroke-dasharray="2 4"/>`;
  const device = `<g transform="rotate(-30)"><ellipse cx="0" cy="0" rx="11" ry="7" fill="currentColor" fill-opacity="0.2"/><path d="M-11 0H-24"/></g>`;
  const path = `M${pt(polar(R - 14, 150))}A${R - 14} ${R - 14} 0 0 1 ${pt(polar(R - 14, 250))}`;
  const track = `<g class="p-stroke"><path d="${path}" stroke-dasharray="5 4"/><path d="${arrowHead(polar(R - 14, 250), 340)}"/></g>`;
  const start = polar(R - 14, 150);
  const moving = motion
    ? `<g transform="translate(${pt(start)})"><g><animateMotion path="M0 0A${R - 14} ${R - 14} 0 0 1 ${r1(polar(R - 14, 250)[0] - start[0])} ${r1(polar(R - 14, 250)[1] - start[1])}" dur="5s" repeatCount="indefinite" keyPoints="0;1;0" keyTimes="0;0.5;1" calcMode="linear"/>${hand(device)}</g></g>`
    : at(polar(R - 14, 200), hand(device));
  return keepOff + track + moving;
};

const DRAWINGS: Record<PictureId, Drawing> = {
  rest: (motion) =>
    `<g class="p-stroke">${[40, 132]
      .map(
        (x) =>
          `<g><path d="M${x} 22v12"/><path d="${arrowHead([x, 34], 90)}"/>${
            motion ? `<animateTransform attributeName="transform" type="translate" values="0 -3;0 3;0 -3" dur="5s" repeatCount="indefinite"/>` : ''
          }</g>`,
      )
      .join('')}</g>`,
  cup: () => hand(`<path d="M66 140h40l-4 16h-32z" fill="currentColor" fill-opacity="0.12"/>`) + `<g class="p-milk"><path d="M86 104q-3 5 0 7q3-2 0-7" fill="currentColor" fill-opacity="0.4"/></g>`,
  circles,
  'strokes-in': strokesIn,
  'rps-press': (motion) => rpsHold(0, motion),
  'rps-move': rpsMove,
  'c-hold': (motion) => cHold(0, { motion }),
  'press-back': (motion) => cHold(0, { motion, press: true }),
  compress: (motion) => cHold(0, { motion, squeeze: true }),
  'move-round': moveRound,
  pump: () => `<g class="p-hand">${FLANGE}</g>`,
  'pump-massage': pumpMassage,
  'drain-armpit': (motion) => drain([ARMPIT], motion),
  'drain-collarbone': (motion) => drain([COLLAR], motion),
  'drain-both': (motion) => drain([ARMPIT, COLLAR], motion),
  cold,
  massager,
  'skin-check': () => hand(`<g transform="translate(72 66) rotate(30)">${flatHand(true)}</g>`),
  latch: () =>
    hand(
      `<circle cx="116" cy="114" r="28" fill="currentColor" fill-opacity="0.1"/><path d="M124 104q7 1 8 9q-4 3-8-1" stroke-opacity="0.7"/>` +
        `<path d="M104 100q4 3 9 1" stroke-opacity="0.8"/><path d="M112 90q6-6 14-2" stroke-opacity="0.5"/>`,
    ),
  bra: () => hand(`<path d="M${pt(polar(R + 3, 178))}Q${CX} ${CY + R + 22} ${pt(polar(R + 3, 2))}"/><path d="M${pt(polar(R + 3, 178))}L36 14M${pt(polar(R + 3, 2))}L124 30" stroke-opacity="0.7"/>`),
  alert: () => '',
  info: () => '',
};

/** Signs drawn over the picture, never mirrored (a check mark or a "!" reads one way only). */
const BADGES: Partial<Record<PictureId, string>> = {
  'skin-check': `<g class="p-stroke" stroke-width="2.4"><path d="M120 36l6 6l13-15"/></g>`,
  alert: `<g class="p-stroke" stroke-width="2.2"><path d="M128 14L148 48H108Z"/><path d="M128 26V38"/><circle cx="128" cy="43" r="1.2" fill="currentColor"/></g>`,
  info: `<g class="p-stroke" stroke-width="2.2"><circle cx="130" cy="30" r="15"/><path d="M130 27V39"/><circle cx="130" cy="21.5" r="1.2" fill="currentColor"/></g>`,
};

function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface PictureOptions {
  /** The right breast is drawn as the mirror image of the left. */
  side?: Side;
  /** Animate the hand along its stroke (SMIL). Off: a still picture. */
  motion?: boolean;
}

/** The picture as a standalone SVG string whose <title> is `title` (escaped). */
export function pictureSvg(id: PictureId, title: string, opts: PictureOptions = {}): string {
  const body = BODY + BREAST + DRAWINGS[id](opts.motion === true);
  const inner = (opts.side === 'right' ? `<g transform="matrix(-1 0 0 1 ${W} 0)">${body}</g>` : body) + (BADGES[id] ?? '');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${W}" role="img" fill="none" stroke="currentColor" ` +
    `stroke-width="2" stroke-linecap="round" stroke-linejoin="round" data-picture="${id}"><title>${escapeXml(title)}</title>${inner}</svg>`
  );
}
