/**
 * Renders the app icons (web/public/*.svg) to the PNG sizes home screens ask for: 192 and 512 for
 * the manifest (plain and maskable), 180 for iOS. Run after changing an SVG:
 *   node --import tsx scripts/icons.ts
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const PNGS = [
  { svg: 'icon.svg', out: 'icon-192.png', size: 192 },
  { svg: 'icon.svg', out: 'icon-512.png', size: 512 },
  { svg: 'icon-maskable.svg', out: 'icon-maskable-512.png', size: 512 },
  { svg: 'icon-maskable.svg', out: 'apple-touch-icon.png', size: 180 },
];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  for (const { svg, out, size } of PNGS) {
    const markup = readFileSync(`web/public/${svg}`, 'utf8');
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<html><body style="margin:0;background:transparent">${markup.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
    await page.screenshot({ path: `web/public/${out}`, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    console.log(`web/public/${out} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
