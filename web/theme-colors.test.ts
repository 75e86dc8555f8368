/** The installed app's splash, the browser's bar and the page share one colour per theme. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { THEME_COLORS } from './theme-colors.js';

const css = readFileSync('web/styles.css', 'utf8');
const html = readFileSync('web/index.html', 'utf8');
const themeJs = readFileSync('web/public/theme.js', 'utf8');
const viteConfig = readFileSync('vite.config.ts', 'utf8');

describe('theme colours', () => {
  it('are the page background of each theme', () => {
    const light = /:root \{[^}]*--bg: (#[0-9a-f]{6});/.exec(css)?.[1];
    const darkBlocks = [...css.matchAll(/color-scheme: dark;[^}]*--bg: (#[0-9a-f]{6});/g)].map((m) => m[1]);
    expect(light).toBe(THEME_COLORS.light);
    expect(darkBlocks.length).toBeGreaterThanOrEqual(2);
    for (const d of darkBlocks) expect(d).toBe(THEME_COLORS.dark);
  });

  it('are what index.html, theme.js and the manifest say', () => {
    expect(html).toContain(`<meta name="theme-color" content="${THEME_COLORS.light}" media="(prefers-color-scheme: light)" />`);
    expect(html).toContain(`<meta name="theme-color" content="${THEME_COLORS.dark}" media="(prefers-color-scheme: dark)" />`);
    expect(themeJs).toContain(`'${THEME_COLORS.dark}'`);
    expect(themeJs).toContain(`'${THEME_COLORS.light}'`);
    expect(viteConfig).toContain('theme_color: THEME_COLORS.light');
    expect(viteConfig).toContain('color_scheme_dark: { theme_color: THEME_COLORS.dark, background_color: THEME_COLORS.dark }');
  });
});
