import { describe, expect, it } from 'vitest';
import { CATALOGUES, LANGS, ROUTINE_DEFS } from './index.js';
import { PICTURE_IDS, PICTURE_TOUCH, pictureSvg } from './pictures.js';

/** Tags must nest and close; attribute values must be quoted. Returns the first problem or null. */
function svgProblem(svg: string): string | null {
  if (!svg.startsWith('<svg ') || !svg.endsWith('</svg>')) return 'not a single <svg> element';
  if (!/viewBox="0 0 \d+ \d+"/.test(svg)) return 'no viewBox';
  if (!/<title>[^<]+<\/title>/.test(svg)) return 'no <title>';
  if (/<script|\son\w+\s*=|javascript:|<foreignObject|<image|\shref=|url\(/i.test(svg)) return 'unsafe content';
  if (/https?:/i.test(svg.replace(' xmlns="http://www.w3.org/2000/svg"', ''))) return 'external reference';
  const stack: string[] = [];
  for (const m of svg.matchAll(/<(\/?)([a-zA-Z]+)((?:\s+[a-zA-Z:-]+="[^"<>]*")*)\s*(\/?)>/g)) {
    const [, close, name, , selfClose] = m;
    if (!name) return 'bad tag';
    if (close) {
      if (stack.pop() !== name) return `unbalanced </${name}>`;
    } else if (!selfClose) stack.push(name);
  }
  const stripped = svg.replace(/<(\/?)([a-zA-Z]+)((?:\s+[a-zA-Z:-]+="[^"<>]*")*)\s*(\/?)>/g, '');
  if (/[<>]/.test(stripped)) return 'malformed tag';
  return stack.length === 0 ? null : `unclosed <${stack.join(', ')}>`;
}

describe('pictures', () => {
  it.each(PICTURE_IDS)('%s is a well-formed, self-contained SVG, still or moving, on either side', (id) => {
    for (const side of ['left', 'right'] as const) {
      for (const motion of [false, true]) {
        const svg = pictureSvg(id, 'A title', { side, motion });
        expect(svgProblem(svg), `${side} ${motion}`).toBeNull();
        expect(svg).toContain('currentColor');
        // No style attribute or element: the page's CSP allows stylesheets from the app only.
        expect(svg).not.toMatch(/\sstyle=|<style/);
        expect(svg.length).toBeLessThan(7000);
      }
    }
  });

  it('is still without motion, and a hand moves in every picture that shows a touch', () => {
    for (const id of PICTURE_IDS) {
      expect(pictureSvg(id, 't', { motion: false }), id).not.toMatch(/<animate/);
      if (PICTURE_TOUCH[id] && id !== 'skin-check') expect(pictureSvg(id, 't', { motion: true }), id).toMatch(/<animate(Motion|Transform)?\s/);
    }
  });

  it('draws the right breast as the mirror image of the left', () => {
    const left = pictureSvg('drain-armpit', 't', { side: 'left' });
    const right = pictureSvg('drain-armpit', 't', { side: 'right' });
    expect(left).not.toContain('matrix(-1 0 0 1 160 0)');
    expect(right).toContain('<g transform="matrix(-1 0 0 1 160 0)">');
    expect(right.replace('<g transform="matrix(-1 0 0 1 160 0)">', '').replace('</g></svg>', '</svg>')).toBe(left);
  });

  it('every step of every routine has a picture with a text alternative in each language', () => {
    for (const d of ROUTINE_DEFS) {
      for (const step of d.steps) {
        for (const lang of LANGS) expect(CATALOGUES[lang].pictures[step.picture].length, `${d.id} ${step.id} ${lang}`).toBeGreaterThan(20);
      }
    }
    // Every picture is used, so none is drawn for nothing.
    expect(new Set(ROUTINE_DEFS.flatMap((d) => d.steps.map((s) => s.picture)))).toEqual(new Set(PICTURE_IDS));
  });

  it('escapes the title', () => {
    const svg = pictureSvg('rest', 'a <b> & "c"');
    expect(svg).toContain('<title>a &#60;b&#62; &#38; &#34;c&#34;</title>');
    expect(svgProblem(svg)).toBeNull();
  });

  it('the checker rejects bad pictures', () => {
    expect(svgProblem('<svg viewBox="0 0 1 1"><title>t</title><g></svg>')).not.toBeNull();
    expect(svgProblem('<svg viewBox="0 0 1 1"><title>t</title><script>x</script></svg>')).toBe('unsafe content');
    expect(svgProblem('<svg viewBox="0 0 1 1" onload="x()"><title>t</title></svg>')).toBe('unsafe content');
    expect(svgProblem('<svg viewBox="0 0 1 1"><title>t</title><use href="http://x/y"/></svg>')).toBe('unsafe content');
    expect(svgProblem('<svg viewBox="0 0 1 1"><circle r="2"/></svg>')).toBe('no <title>');
  });
});
