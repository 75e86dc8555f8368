import { describe, expect, it } from 'vitest';
import { PICTURE_IDS, pictureSvg } from './pictures.js';

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
  it.each(PICTURE_IDS)('%s is a well-formed, self-contained SVG', (id) => {
    const svg = pictureSvg(id, 'A title');
    expect(svgProblem(svg)).toBeNull();
    expect(svg).toContain('currentColor');
    expect(svg.length).toBeLessThan(2500);
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
