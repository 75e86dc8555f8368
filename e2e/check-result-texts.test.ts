/**
 * The symptom check's result after QA 19 (rules 2026-12-03.4), in the browser at 360 px, light English
 * and dark Spanish. L2: fluid that is not milk from both nipples, beside a fever, is still there under
 * "Also noted" (the fever leads under "Why"). L3: a baby reason says that Lactea does not know the
 * baby's age only when it does not; with the age known, no such aside. Axe, 48 px targets, no sideways
 * scroll, and screenshots.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import en from '../web/i18n/en-screens.json' with { type: 'json' };
import es from '../web/i18n/es-screens.json' with { type: 'json' };
import { SettingsPage } from './pages/settings-page.js';
import { screenshotDir, useTestApp } from './support/app.js';
import { axeViolations, horizontalOverflow, smallTargets } from './support/checks.js';
import { browserSuite } from './support/chromium.js';
import { apiWrite, signedInPage } from './support/flows.js';
import { householdOf } from './support/offline.js';

/** Her answers about the breast, nothing wrong, as the wizard sends them. */
const CALM = {
  about: ['breast'], side: 'left', where: 2, lump: { present: 'no' }, redness: { present: 'no' }, pain: 0, temperature: { value: 36.8, unit: 'c' },
  fluLike: 'no', hoursSinceOnset: 2, trend: 'same', nippleFluid: 'none', possibleAbscess: 'no', skinBreakdown: 'no', skinDimpledOrBruised: 'no',
  feelingVeryUnwell: 'no', confusion: 'no', blueOrBlotchySkin: 'no', breathless: 'no', noUrineAllDay: 'no', fainting: 'no',
  fastHeartbeat: 'no', rigors: 'no', feelsVeryCold: 'no', vomitingPreventsMedicine: 'no', diabetes: 'no', weakImmunity: 'no',
  antibiotics: { taking: 'no' },
};
/** The baby's answers, nothing wrong but pink urates, on day 5 of life. */
const BABY = {
  about: ['baby'], babyFeeding: 'well', babyHardToWake: 'no', babyBreathingPausesOrBlue: 'no', babyMottledCold: 'no', babyFit: 'no',
  babyWetNappies24h: 5, babyDirtyNappies24h: 2, babyHoursSinceWet: 2, babyYellow: 'no', babyPaleStools: 'no', babySleepy: 'no',
  babyWeightLossOver10: 'no', daysSinceBirth: 4, babyPinkUrates: 'yes',
};

const TEXTS = {
  en: { fever: 'temperature of 38.5', fluid: 'Fluid that is not milk from both nipples', urates: 'orange-red staining in wet nappies', ageUnknown: "Lactea does not know your baby's age", nappies: 'Fewer than 6 wet nappies' },
  es: { fever: '38,5', fluid: 'Un líquido que no es leche en los dos pezones', urates: 'rojo anaranjadas en los pañales mojados', ageUnknown: 'Lactea no sabe la edad de tu bebé', nappies: 'Menos de 6 pañales mojados' },
} as const;

async function look(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(screenshotDir(), `check-result-${name}.png`), fullPage: true });
  expect(await axeViolations(page), `axe on ${name}`).toEqual([]);
  expect(await smallTargets(page), `small targets on ${name}`).toEqual([]);
  expect(await horizontalOverflow(page), `sideways scroll on ${name}`).toBeLessThanOrEqual(0);
}

browserSuite('symptom check result: a fluid also noted, and the baby age spoken of only when unknown', () => {
  const app = useTestApp();

  for (const [theme, lang] of [
    ['light', 'en'],
    ['dark', 'es'],
  ] as const) {
    it(`another fluid beside a fever is "also noted"; the baby's age is spoken of only when unknown (${lang}, ${theme})`, async () => {
      const { page } = await signedInPage(app, { colorScheme: theme, bypassCSP: true, locale: 'en-GB' });
      if (lang === 'es') await (await new SettingsPage(page).open()).choose('Español');
      const d = lang === 'en' ? en : es;
      const x = TEXTS[lang];
      const hid = await householdOf(page);
      const region = (name: string) => page.getByRole('region', { name, exact: true });
      const result = async (answers: unknown): Promise<{ why: string; also: string }> => {
        const id = randomUUID();
        await apiWrite(page, 'PUT', `/api/households/${hid}/symptom-checks/${id}`, { answers });
        await page.goto(`/check/result/${id}`);
        await region(d.check.result.why).waitFor();
        const also = region(d.check.result.alsoNoted);
        return { why: await region(d.check.result.why).innerText(), also: (await also.count()) > 0 ? await also.innerText() : '' };
      };

      // L2: a fever of 38.6 °C and another fluid from both nipples, nothing else.
      const fever = await result({ ...CALM, temperature: { value: 38.6, unit: 'c' }, nippleFluid: 'other', otherFluidOneSideOrLump: 'no' });
      expect(fever.why).toContain(x.fever);
      expect(fever.why).not.toContain(x.fluid);
      expect(fever.also).toContain(x.fluid);
      await look(page, `fever-and-fluid-${lang}-${theme}`);
      await region(d.check.result.alsoNoted).screenshot({ path: join(screenshotDir(), `check-result-fever-and-fluid-${lang}-${theme}-also.png`) });

      // L3: pink urates on day 5, the age known: no aside about the age.
      const known = await result(BABY);
      expect(known.why).toContain(x.urates);
      expect(known.why).not.toContain(x.ageUnknown);
      await look(page, `urates-age-known-${lang}-${theme}`);

      // The same with the age not known: it says so (and reads the nappies against the most expected).
      const unknown = await result({ ...BABY, daysSinceBirth: 'unknown' });
      expect(unknown.why).toContain(x.urates);
      expect(unknown.why).toContain(x.ageUnknown);
      expect(unknown.why).toContain(x.nappies);
      await look(page, `urates-age-unknown-${lang}-${theme}`);
      await region(d.check.result.why).screenshot({ path: join(screenshotDir(), `check-result-urates-age-unknown-${lang}-${theme}-why.png`) });
    });
  }
});
