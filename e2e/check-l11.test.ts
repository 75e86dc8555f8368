/**
 * The questions the symptom check did not ask before rules 2026-12-03.3 (clinical review, finding
 * L11), in the browser: breast skin like orange peel, another fluid from one nipple, burning in both
 * nipples, a caesarean wound (the breast and nipple path), and pink urates with the weight filled in
 * from the logged weights and the nappy counts from the nappy log (the baby's path). Each ends on
 * "contact today" with its reason. At 360 px, light and dark, English and Spanish: axe, 48 px
 * targets, no sideways scroll, and screenshots.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import en from '../web/i18n/en-screens.json' with { type: 'json' };
import es from '../web/i18n/es-screens.json' with { type: 'json' };
import { CheckPage } from './pages/check-page.js';
import { SettingsPage } from './pages/settings-page.js';
import { screenshotDir, useTestApp } from './support/app.js';
import { axeViolations, horizontalOverflow, smallTargets } from './support/checks.js';
import { browserSuite } from './support/chromium.js';
import { apiWrite, signedInPage } from './support/flows.js';
import { householdOf } from './support/offline.js';
import { browserDateIn } from './support/time-zone.js';

const H = 3_600_000;
type Lang = 'en' | 'es';

/** A string of the app's own dictionary, so the test reads the screens in either language. */
function tr(lang: Lang, key: string): string {
  let node: unknown = lang === 'en' ? en : es;
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  if (typeof node !== 'string') throw new Error(`no string at ${key}`);
  return node;
}

/** The wizard driven by its own words. */
class Wizard {
  readonly check: CheckPage;
  constructor(
    readonly page: Page,
    readonly lang: Lang,
  ) {
    this.check = new CheckPage(page);
  }
  private t(key: string): string {
    return tr(this.lang, key);
  }
  async question(step: string): Promise<void> {
    await this.page.locator('#check-question', { hasText: this.t(`check.q.${step}.title`) }).waitFor();
    await this.check.settled();
  }
  async tap(key: string): Promise<void> {
    await this.check.settled();
    await this.check.step().getByRole('button', { name: this.t(key), exact: true }).first().click();
  }
  async row(key: string, answer: 'yes' | 'no'): Promise<void> {
    await this.check.settled();
    await this.check.step().getByRole('group', { name: this.t(key), exact: true }).getByRole('button', { name: this.t(`check.answer.${answer}`), exact: true }).click();
  }
  async next(): Promise<void> {
    await this.tap('check.next');
  }
  async skip(): Promise<void> {
    await this.check.settled();
    await this.page.getByRole('button', { name: this.t('check.skip'), exact: true }).click();
  }
  async pressed(key: string, answer: 'yes' | 'no'): Promise<boolean> {
    const button = this.check.step().getByRole('group', { name: this.t(key), exact: true }).getByRole('button', { name: this.t(`check.answer.${answer}`), exact: true });
    return (await button.getAttribute('aria-pressed')) === 'true';
  }
}

async function look(page: Page, name: string, theme: string, lang: Lang): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(screenshotDir(), `l11-${name}-${lang}-${theme}.png`), fullPage: true });
  expect(await axeViolations(page), `axe on ${name} (${lang}, ${theme})`).toEqual([]);
  expect(await smallTargets(page), `small targets on ${name} (${lang}, ${theme})`).toEqual([]);
  expect(await horizontalOverflow(page), `sideways scroll on ${name} (${lang}, ${theme})`).toBeLessThanOrEqual(0);
}

async function start(app: ReturnType<typeof useTestApp>, theme: 'light' | 'dark', lang: Lang): Promise<Page> {
  const { page } = await signedInPage(app, { colorScheme: theme, bypassCSP: true, locale: 'en-GB' });
  if (lang === 'es') await (await new SettingsPage(page).open()).choose('Español');
  return page;
}

/** The result's first screen and its "Why", as she sees them (the full page is long). */
async function lookAtResult(page: Page, name: string, theme: string, lang: Lang): Promise<void> {
  await page.screenshot({ path: join(screenshotDir(), `l11-${name}-${lang}-${theme}-top.png`) });
  await page.getByRole('region', { name: tr(lang, 'check.result.why'), exact: true }).screenshot({ path: join(screenshotDir(), `l11-${name}-${lang}-${theme}-why.png`) });
  await look(page, name, theme, lang);
}

/** The Why section's text once the result is shown. */
async function why(page: Page, lang: Lang): Promise<string> {
  return page.getByRole('region', { name: tr(lang, 'check.result.why'), exact: true }).innerText();
}

browserSuite('symptom check: the questions of finding L11', () => {
  const app = useTestApp();

  // Both themes and both languages, in two runs (the wording of each language is unit-tested).
  const combos = [
    ['light', 'en'],
    ['dark', 'es'],
  ] as const;

  for (const [theme, lang] of combos) {
    it(`breast and nipple: orange-peel skin, another fluid from one nipple, burning nipples and a caesarean wound → contact today, each with its reason (${lang}, ${theme})`, async () => {
      const page = await start(app, theme, lang);
      const w = new Wizard(page, lang);
      await page.goto('/check');
      await w.question('emergency');
      await w.tap('check.signs.none');
      await w.question('about');
      for (const c of ['breast', 'nipple']) await w.check.step().getByRole('button', { name: new RegExp(`^${tr(lang, `check.about.${c}`)}`) }).click();
      await w.next();
      await w.question('where');
      await w.next();

      await w.question('breast');
      for (const q of ['lump', 'redness', 'abscess', 'skin']) await w.row(`check.breast.${q}`, 'no');
      await w.row('check.breast.skinLook', 'yes');
      await w.tap('check.fluid.other');
      await w.row('check.fluid.oneSide', 'yes');
      await look(page, 'breast-skin-and-fluid', theme, lang);
      await w.next();

      await w.question('nipple');
      // The fluid answer carries over from the breast screen, with its follow-up.
      expect(await w.pressed('check.fluid.oneSide', 'yes')).toBe(true);
      await w.tap('check.nipple.sore');
      await w.row('check.nipple.burning', 'yes');
      await w.row('check.nipple.colour', 'no');
      await look(page, 'nipple-burning', theme, lang);
      await w.next();

      await w.question('pain');
      await w.check.answer('3');
      await w.question('fever');
      await w.skip();
      await w.question('course');
      await w.skip();

      await w.question('more');
      // The wound is asked only after an operation.
      expect(await w.check.step().getByRole('group', { name: tr(lang, 'check.more.wound'), exact: true }).count()).toBe(0);
      await w.row('check.more.surgery', 'yes');
      await w.row('check.more.wound', 'yes');
      for (const q of ['diabetes', 'immunity']) await w.row(`check.more.${q}`, 'no');
      await look(page, 'more-caesarean-wound', theme, lang);
      await w.tap('check.seeResult');

      expect(await w.check.levelTitle()).toBe(tr(lang, 'check.level.call.titleParent'));
      const reasons = await why(page, lang);
      const expected =
        lang === 'en'
          ? ['dimpled or ridged like orange peel', 'comes from one nipple only', 'Burning or itching in both nipples after feeds', 'they may take swabs', 'caesarean or other surgical wound']
          : ['como la piel de naranja', 'sale de un solo pezón', 'Ardor o picor en los dos pezones', 'tomen muestras', 'herida de cesárea'];
      for (const text of expected) expect(reasons.toLowerCase()).toContain(text.toLowerCase());
      expect(reasons).not.toMatch(/cancer|cáncer|thrush|candid/i);
      await lookAtResult(page, 'result-breast-nipple-call', theme, lang);
    });
  }

  for (const [theme, lang] of combos) {
    it(`the baby: the weight from the log (12% below birth weight) and pink urates on day 5 → the baby's midwife or doctor today (${lang}, ${theme})`, async () => {
      const page = await start(app, theme, lang);
      const hid = await householdOf(page);
      const baby = (await apiWrite(page, 'POST', `/api/households/${hid}/babies`, { name: 'Bea', birthDate: browserDateIn(-4) })).id;
      await apiWrite(page, 'PUT', `/api/households/${hid}/weights/${crypto.randomUUID()}`, { babyId: baby, measuredAt: `${browserDateIn(-4)}T12:00:00Z`, grams: 3500, birth: true, place: 'hospital' });
      await apiWrite(page, 'PUT', `/api/households/${hid}/weights/${crypto.randomUUID()}`, { babyId: baby, measuredAt: new Date(Date.now() - 3 * H).toISOString(), grams: 3080, place: 'clinic' });
      // Nappies logged since yesterday (the log covers the last 24 hours): 4 wet and 1 dirty in them.
      for (const [hoursAgo, kind] of [[30, 'wet'], [20, 'wet'], [14, 'both'], [8, 'wet'], [2, 'wet']] as const) {
        await apiWrite(page, 'PUT', `/api/households/${hid}/nappies/${crypto.randomUUID()}`, { babyId: baby, changedAt: new Date(Date.now() - hoursAgo * H).toISOString(), kind });
      }

      const w = new Wizard(page, lang);
      await page.goto('/check?for=baby');
      await w.question('babyEmergency');
      await w.tap('check.signs.none');
      await w.question('babyTemp');
      await w.next();

      await w.question('babyFeeding');
      await w.tap('check.babyFeeding.well');
      await w.row('check.babyFeeding.sleepy', 'no');
      // Filled in from the logged weights, and said so.
      await expect.poll(() => w.pressed('check.babyFeeding.weight', 'yes')).toBe(true);
      await w.check.step().getByText(tr(lang, 'check.babyFeeding.weightFromLog')).waitFor();
      await look(page, 'baby-feeding-weight', theme, lang);
      await w.next();

      await w.question('babyNappies');
      expect(await page.locator('#days-since-birth').inputValue()).toBe('4');
      // Filled in from the nappy log, and said so; she can change them.
      await expect.poll(() => page.locator('#baby-wet').inputValue()).toBe('4');
      expect(await page.locator('#baby-dirty').inputValue()).toBe('1');
      await expect.poll(() => w.check.step().getByText(tr(lang, 'check.nappies.fromLog')).count()).toBe(2);
      // The two boxes stay in line when one label wraps ("Pañales mojados" does at 360 px).
      const topOf = async (sel: string): Promise<number> => (await page.locator(sel).boundingBox())?.y ?? Number.NaN;
      expect(await topOf('#baby-wet')).toBe(await topOf('#baby-dirty'));
      // The last wet nappy, 2 hours ago in the log: "less than 8 hours", said so.
      expect(await w.check.step().getByRole('button', { name: tr(lang, 'check.dry.lt8'), exact: true }).getAttribute('aria-pressed')).toBe('true');
      expect(await w.check.step().getByText(tr(lang, 'check.nappies.fromLogDry'), { exact: true }).count()).toBe(1);
      await look(page, 'baby-nappies-from-log', theme, lang);
      await page.locator('#baby-wet').fill('5');
      await page.locator('#baby-dirty').fill('2');
      await w.tap('check.dry.lt8');
      await w.row('check.nappies.pinkUrates', 'yes');
      await look(page, 'baby-nappies-urates', theme, lang);
      // On the second day of life the question is not asked.
      await page.locator('#days-since-birth').fill('1');
      await w.check.step().getByRole('group', { name: tr(lang, 'check.nappies.pinkUrates'), exact: true }).waitFor({ state: 'detached' });
      await page.locator('#days-since-birth').fill('4');
      await w.row('check.nappies.pinkUrates', 'yes');
      await w.next();

      await w.question('babyYellow');
      await w.row('check.yellow.yellow', 'no');
      await w.row('check.yellow.pale', 'no');
      await w.tap('check.seeResult');

      expect(await w.check.levelTitle()).toBe(tr(lang, 'check.level.call.titleBaby'));
      const reasons = await why(page, lang);
      const expected = lang === 'en' ? ['below birth weight', 'orange-red staining in wet nappies'] : ['por debajo del peso al nacer', 'rojo anaranjadas en los pañales mojados'];
      for (const text of expected) expect(reasons).toContain(text);
      await lookAtResult(page, 'result-baby-call', theme, lang);
    });
  }
});
