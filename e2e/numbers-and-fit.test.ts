/**
 * Numbers she can trust and screens that fit (the QA pass on issues 14 and 15), at 360 px in both
 * themes and languages: a bottle too large to be likely asks "Is this right?" in both units, an
 * out-of-range volume offers the mL she may have meant, pump sides add up to the total, the last
 * feed counts from its end, dates follow the browser's region, the pump and check buttons fit in
 * Spanish, Settings' icons are icon-sized, and a notice covers no button of the screen; a
 * feeling-unwell check is not asked about "the same place", and the check's results ("También se
 * ha visto" included) fit at 360 px in Spanish; a bottle or pump logged now reads "ahora mismo".
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import es from '../web/i18n/es-screens.json' with { type: 'json' };
import { CheckPage } from './pages/check-page.js';
import { EntryPage } from './pages/entry-page.js';
import { LogPage } from './pages/log-page.js';
import { MassagePage } from './pages/massage-page.js';
import { screenshotDir, useTestApp } from './support/app.js';
import { axeViolations, horizontalOverflow, smallTargets } from './support/checks.js';
import { browserSuite } from './support/chromium.js';
import { signedInPage } from './support/flows.js';

/** Where screenshots go: SHOTS_DIR to collect them for a review, else the usual folder. */
function shotPath(name: string): string {
  const dir = process.env.SHOTS_DIR ?? screenshotDir();
  mkdirSync(dir, { recursive: true });
  return join(dir, `${name}.png`);
}

async function look(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  expect(await axeViolations(page), `axe on ${name}`).toEqual([]);
  expect(await smallTargets(page), `targets on ${name}`).toEqual([]);
  expect(await horizontalOverflow(page), `overflow on ${name}`).toBeLessThanOrEqual(0);
  await page.screenshot({ path: shotPath(name), fullPage: true });
}

/** A long screen as viewport-sized pictures, top to bottom, to read at 360 px. */
async function screens(page: Page, name: string): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let i = 0, y = 0; y < height; i++, y += 600) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.screenshot({ path: shotPath(`${name}-${i}`) });
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Buttons whose words do not fit inside them (text wider than the box), as readable lines. */
function overflowingButtons(page: Page, selector: string): Promise<string[]> {
  return page.evaluate(
    (sel) =>
      Array.from(document.querySelectorAll<HTMLElement>(sel))
        .filter((b) => b.scrollWidth > b.clientWidth + 1)
        .map((b) => `"${(b.textContent ?? '').trim()}" ${b.scrollWidth} > ${b.clientWidth}`),
    selector,
  );
}

/** Lines of text in an element (its height over its line height). */
function lines(page: Page, selector: string): Promise<number> {
  return page.locator(selector).first().evaluate((el) => Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)));
}

/** The notice sits in the navigation bar's band: it covers nothing of the screen above it. */
async function noticeOverNav(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: shotPath(`${name}-viewport`) });
  const notice = await page.locator('.notice p').locator('..').boundingBox();
  const nav = await page.locator('.bottom-nav').boundingBox();
  expect(notice && nav).toBeTruthy();
  if (!notice || !nav) return;
  expect(notice.y).toBeGreaterThanOrEqual(nav.y - 1);
}

async function spanish(page: Page, unit: 'ml' | 'floz'): Promise<void> {
  await page.request.put('/api/me/preferences', { data: { language: 'es', volumeUnit: unit } });
  await page.reload();
  await page.getByRole('button', { name: 'Pecho izquierdo' }).waitFor();
}

browserSuite('numbers she can trust, screens that fit', () => {
  const app = useTestApp();

  for (const theme of ['light', 'dark'] as const) {
    it(`in Spanish and fl oz: a 30 fl oz bottle asks in both units, 90 offers mL, the pump fits, sides add up (${theme})`, async () => {
      const { page } = await signedInPage(app, { colorScheme: theme, bypassCSP: true });
      await spanish(page, 'floz');
      let puts = 0;
      page.on('request', (r) => {
        if (r.method() === 'PUT' && r.url().includes('/sessions/')) puts += 1;
      });

      // 30 in a fl oz field: 887 mL. She is asked once, with what 30 mL would be.
      await page.goto('/bottle');
      await page.getByLabel('Cantidad (fl oz)').fill('30');
      await page.getByRole('button', { name: 'Guardar', exact: true }).click();
      const ask = page.getByTestId('confirm-doubts');
      await ask.waitFor();
      expect(await ask.innerText()).toContain('Un biberón de 30 fl oz (887 mL). Si querías decir 30 mL, eso es 1 fl oz.');
      expect(puts).toBe(0);
      await look(page, `bottle-large-es-${theme}`);

      // 90 is over any bottle: the message offers the mL reading.
      await ask.getByRole('button', { name: 'No, quiero cambiarlo' }).click();
      await page.getByLabel('Cantidad (fl oz)').fill('90');
      await page.getByRole('button', { name: 'Guardar', exact: true }).click();
      await page.getByText('Escribe de 0 a 33,8 fl oz. Si querías decir 90 mL, eso es 3 fl oz.').waitFor();
      await look(page, `bottle-range-es-${theme}`);
      expect(puts).toBe(0);

      // The pump screen: "Ambos" across, each side on its half; no word outside its button.
      await page.goto('/pump');
      await page.getByRole('heading', { name: 'Anotar extracción' }).waitFor();
      expect(await overflowingButtons(page, '.pump-start-buttons button')).toEqual([]);
      const both = await page.getByRole('button', { name: 'Ambos', exact: true }).boundingBox();
      const left = await page.getByRole('button', { name: 'Izquierdo', exact: true }).boundingBox();
      expect((left?.y ?? 0) > (both?.y ?? 0) + (both?.height ?? 0) - 1).toBe(true);
      expect(await page.getByRole('link', { name: 'Extracción con ayuda de las manos' }).count()).toBe(1);
      await look(page, `pump-es-${theme}`);

      // 2 and 1.5 fl oz, read in mL: the sides shown add up to the total shown.
      await page.getByLabel('Izquierdo (fl oz)', { exact: true }).fill('2');
      await page.getByLabel('Derecho (fl oz)', { exact: true }).fill('1,5');
      await page.getByRole('button', { name: 'Guardar', exact: true }).click();
      await page.getByTestId('total-pumped').waitFor();
      await noticeOverNav(page, `home-notice-es-${theme}`);
      await look(page, `home-notice-es-${theme}`);
      await page.goto('/settings');
      await page.locator('.segmented label', { hasText: 'mL' }).first().click();
      await page.getByRole('link', { name: 'Inicio' }).click();
      await page.getByTestId('total-pumped').waitFor();
      expect(await page.getByTestId('total-pumped').locator('dd').innerText()).toBe('103 mL\nI 59 mL · D 44 mL');
      await page.goto('/log');
      await page.getByRole('heading', { name: 'Registro', level: 1 }).waitFor();
      await expect.poll(() => new LogPage(page).summaries()).toEqual([expect.stringContaining('103 mL · I 59 mL · D 44 mL')]);
    });

    it(`in Spanish: the chosen side in the check keeps its tick on the same line, Settings' icons are small (${theme})`, async () => {
      const { page } = await signedInPage(app, { colorScheme: theme, bypassCSP: true });
      await spanish(page, 'ml');
      const wizard = await new CheckPage(page).open();
      await wizard.answer(es.check.signs.none);
      await wizard.waitForQuestion(es.check.q.about.title);
      await wizard.settled();
      await wizard.step().getByRole('button', { name: new RegExp(`^${es.check.about.breast}`) }).click();
      await wizard.step().getByRole('button', { name: es.check.next, exact: true }).click();
      await wizard.waitForQuestion(es.check.q.where.title);
      await wizard.answer(es.check.side.left);
      const chosen = '.check-answers.three .check-answer[aria-pressed="true"] .check-answer-label';
      await page.locator(chosen).waitFor();
      expect(await lines(page, chosen)).toBe(1);
      // Every side's words inside its button (the tick is a badge on the corner, outside the words).
      const outside = await page.locator('.check-answers.three .check-answer').evaluateAll((buttons) =>
        buttons.filter((b) => {
          const box = b.getBoundingClientRect();
          const words = b.querySelector('.check-answer-label')?.getBoundingClientRect();
          return !words || words.left < box.left + 2 || words.right > box.right - 2;
        }).map((b) => b.textContent),
      );
      expect(outside).toEqual([]);
      await look(page, `check-side-es-${theme}`);

      await page.goto('/settings');
      await page.getByRole('link', { name: 'Mis contactos de salud' }).waitFor();
      const sizes = await page.locator('main svg').evaluateAll((svgs) => svgs.map((s) => s.getBoundingClientRect()).filter((r) => r.width > 0).map((r) => Math.max(r.width, r.height)));
      expect(sizes.length).toBeGreaterThan(0);
      expect(sizes.filter((s) => s > 32)).toEqual([]);
      const contacts = await page.getByRole('link', { name: 'Mis contactos de salud' }).boundingBox();
      expect(contacts?.height ?? 0).toBeLessThan(80);
      await look(page, `settings-es-${theme}`);
    });
  }

  for (const theme of ['light', 'dark'] as const) {
    it(`in Spanish: feeling unwell is not asked about "the same place"; a breast check is; both results fit at 360 px (${theme})`, async () => {
      const { page } = await signedInPage(app, { colorScheme: theme, bypassCSP: true });
      await spanish(page, 'ml');
      const q = es.check.q;
      const yesNo = (group: string, answer: string) => wizard.step().getByRole('group', { name: group }).getByRole('button', { name: answer, exact: true }).click();
      const temperature = async (value: string, flu: string): Promise<void> => {
        await wizard.waitForQuestion(q.fever.title);
        await wizard.settled();
        await wizard.step().locator('#temperature').fill(value);
        await yesNo(es.check.fever.flu, flu);
        await yesNo(es.check.fever.unwell, es.check.answer.no);
        await next();
      };
      const course = async (): Promise<void> => {
        await wizard.waitForQuestion(q.course.title);
        await wizard.answer(es.check.hours.d1to2);
        await yesNo(es.check.trend.label, es.check.trend.worse);
        await next();
      };
      const sameSpot = () => wizard.step().getByRole('group', { name: es.check.more.sameSpot });
      const next = async (): Promise<void> => {
        await wizard.settled();
        await wizard.step().getByRole('button', { name: es.check.next, exact: true }).click();
      };

      // "Encontrarme mal" alone: no place on the breast was chosen, so "a few more questions" does not ask about one.
      let wizard = await new CheckPage(page).open();
      await wizard.answer(es.check.signs.none);
      await wizard.waitForQuestion(q.about.title);
      await wizard.settled();
      await wizard.step().getByRole('button', { name: new RegExp(`^${es.check.about.unwell}`) }).click();
      await next();
      await temperature('38,6', es.check.answer.yes);
      await course();
      await wizard.waitForQuestion(q.more.title);
      await wizard.settled();
      expect(await sameSpot().count()).toBe(0);
      expect(await wizard.step().getByRole('group', { name: es.check.more.diabetes }).count()).toBe(1);
      // A weakened immune system with a fever: seek care now, the reasons to call today "also noted" under it.
      await yesNo(es.check.more.immunity, es.check.answer.yes);
      await look(page, `check-unwell-more-es-${theme}`);
      await wizard.answer(es.check.seeResult);
      await wizard.result().waitFor();
      await page.getByRole('region', { name: es.check.result.alsoNoted }).waitFor();
      expect(await overflowingButtons(page, 'main button, main a.button')).toEqual([]);
      await look(page, `check-unwell-result-es-${theme}`);
      await screens(page, `check-unwell-result-es-${theme}`);

      // "Un pecho": the place is chosen, and the question is asked.
      wizard = await new CheckPage(page).open();
      await wizard.answer(es.check.signs.none);
      await wizard.waitForQuestion(q.about.title);
      await wizard.settled();
      await wizard.step().getByRole('button', { name: new RegExp(`^${es.check.about.breast}`) }).click();
      await next();
      await wizard.waitForQuestion(q.where.title);
      await wizard.answer(es.check.side.left);
      await page.getByRole('button', { name: 'A las 2', exact: true }).click();
      await next();
      await wizard.waitForQuestion(q.breast.title);
      await wizard.settled();
      for (const sign of [es.check.breast.lump, es.check.breast.abscess, es.check.breast.skin]) await yesNo(sign, es.check.answer.no);
      await yesNo(es.check.breast.redness, es.check.answer.yes);
      await yesNo(es.check.breast.spreading, es.check.answer.no);
      await yesNo(es.check.breast.streaks, es.check.answer.no);
      await yesNo(es.check.fluid.label, es.check.fluid.none);
      await next();
      await wizard.waitForQuestion(q.pain.title);
      await wizard.answer('6');
      await temperature('38,9', es.check.answer.yes);
      await course();
      await wizard.waitForQuestion(q.more.title);
      await wizard.settled();
      expect(await sameSpot().count()).toBe(1);
      await wizard.answer(es.check.seeResult);
      await wizard.result().waitFor();
      expect(await overflowingButtons(page, 'main button, main a.button')).toEqual([]);
      await look(page, `check-breast-result-es-${theme}`);
      await screens(page, `check-breast-result-es-${theme}`);
    });
  }

  it('in Spanish and fl oz (dark): a bottle and a pump logged now read from when they ended, and show when they started', async () => {
    const { page } = await signedInPage(app, { colorScheme: 'dark', bypassCSP: true });
    await spanish(page, 'floz');
    await page.goto('/bottle');
    await page.getByLabel('Cantidad (fl oz)').fill('3');
    await page.getByRole('button', { name: 'Guardar', exact: true }).click();
    await page.getByTestId('last-feed').waitFor();
    // Ten minutes of bottle that end now: "ahora mismo", not "hace 10 min", and from its start to now.
    await expect.poll(() => page.getByTestId('last-feed').innerText()).toMatch(/ahora mismo\nBiberón, de (\d{1,2}:\d\d) a (\d{1,2}:\d\d)$/);
    const [, start, end] = /de (\S+) a (\S+)$/.exec(await page.getByTestId('last-feed').innerText()) ?? [];
    const minutes = (hm = ''): number => Number(hm.split(':')[0]) * 60 + Number(hm.split(':')[1]);
    expect((minutes(end) - minutes(start) + 1440) % 1440).toBe(10);

    await page.goto('/pump');
    await page.getByLabel('Izquierdo (fl oz)', { exact: true }).fill('2');
    await page.getByRole('button', { name: 'Guardar', exact: true }).click();
    await page.getByTestId('total-pumped').waitFor();
    // The pump emptied the left side just now; the last feed is still the bottle.
    await expect.poll(() => page.locator('.card', { hasText: 'Desde la última toma o extracción' }).innerText()).toMatch(/Izquierdo\s+ahora mismo/);
    await look(page, 'home-logged-now-es-dark');
    await page.goto('/log');
    await page.getByRole('heading', { name: 'Registro', level: 1 }).waitFor();
    // Listed by when each started: the bottle (10 minutes) after the pump (15), both ending now; each
    // says how long it took, so a start before she saved reads as what it is.
    await expect.poll(() => new LogPage(page).summaries()).toEqual([expect.stringMatching(/^Biberón.*3 fl oz · Leche materna · 10 min$/), expect.stringMatching(/^Extracción.*15 min$/)]);
    expect(await page.locator('a.entry time').first().innerText()).toBe(start);
    await look(page, 'log-logged-now-es-dark');

    // Hands-on pumping, timed: its running card on home has the routine's one name, and it fits.
    await new MassagePage(page).markGateRead();
    await page.goto('/pump');
    const started = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes('/sessions/'));
    await page.getByRole('link', { name: 'Extracción con ayuda de las manos' }).click();
    expect((await started).status()).toBeLessThan(300);
    await page.waitForURL((u) => u.pathname.startsWith('/massage/hands-on-pumping'));
    await page.goto('/');
    const card = page.getByTestId('pump-timer');
    await card.waitFor();
    expect(await card.getByRole('heading', { level: 2 }).innerText()).toBe('Extracción con ayuda de las manos');
    expect(await overflowingButtons(page, '.pump-timer button, .pump-timer h2')).toEqual([]);
    await look(page, 'home-hands-on-timer-es-dark');
  });

  it('in en-GB: day-month dates and a 24-hour clock; the last feed counts from its end', async () => {
    const { page, home } = await signedInPage(app, { locale: 'en-GB', bypassCSP: true });
    await home.logBottle();
    await new EntryPage(page).fillBottle('90');
    await new EntryPage(page).save();
    await home.waitUntilReady();
    // Logged now over the usual 10 minutes: it ended just now, and reads start to end on a 24-hour clock.
    const last = await page.getByTestId('last-feed').innerText();
    expect(last).toMatch(/just now\nBottle, \d{1,2}:\d\d to \d{1,2}:\d\d$/);
    expect(last).not.toMatch(/AM|PM/);
    await noticeOverNav(page, 'home-en-gb-light');
    await look(page, 'home-en-gb-light');

    const log = await new LogPage(page).open();
    expect(await page.locator('a.entry time').first().innerText()).toMatch(/^\d{1,2}:\d\d$/);
    // An older day's heading is day first ("Monday 30 November"), as in Britain.
    const hid = ((await (await page.request.get('/api/me')).json()) as { households: { id: string }[] }).households[0]?.id ?? '';
    // 9:00 three days ago, in the browser's time zone, and that day's heading as en-GB writes it.
    const [startIso, day] = await page.evaluate(() => {
      const d = new Date(Date.now() - 3 * 86_400_000);
      d.setHours(9, 0, 0, 0);
      return [d.toISOString(), new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long' }).format(d)] as const;
    });
    const start = new Date(startIso);
    const put = await page.request.put(`/api/households/${hid}/sessions/${crypto.randomUUID()}`, {
      data: { kind: 'bottle', startedAt: start.toISOString(), endedAt: new Date(start.getTime() + 600_000).toISOString(), volumeMl: 60, milkType: 'breast' },
    });
    expect(put.status()).toBeLessThan(300);
    await page.reload();
    await expect.poll(() => log.entries().count()).toBe(2);
    await page.getByText(day, { exact: true }).waitFor();
    expect(day).toMatch(/^\w+ \d+ \w+$/);
    expect(await page.locator('a.entry time').last().innerText()).toBe('9:00');
    await look(page, 'log-en-gb-light');
  });
});
