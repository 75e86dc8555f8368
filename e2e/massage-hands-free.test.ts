/**
 * Hands-free guidance and the pictures in the player: the voice is asked to read each step in her
 * language as the steps advance by themselves (a stand-in `speechSynthesis` records the calls; time
 * runs on Playwright's fake clock), Repeat and Slower, the setting remembered, the fallback to tones
 * and vibration with no voice, the whole screen as a pause target, and moving pictures that are
 * still under reduced motion. Screenshots of every routine's pictures at 360 px, light and dark.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { ROUTINE_DEFS } from '../src/domain/routines/definitions.js';
import { en } from '../src/domain/routines/content/en.js';
import { es } from '../src/domain/routines/content/es.js';
import { MassagePage, PlayerPage } from './pages/massage-page.js';
import { SettingsPage } from './pages/settings-page.js';
import { screenshotDir, useTestApp } from './support/app.js';
import { axeViolations, horizontalOverflow, smallTargets } from './support/checks.js';
import { browserSuite } from './support/chromium.js';
import { signedInPage } from './support/flows.js';

interface Spoken {
  text: string;
  lang: string;
  rate: number;
}

/**
 * Stands in for the Web Speech API (recording what the page asks it to say) and the vibration
 * motor. `voices`: the languages the device has a voice for.
 */
async function stubSpeech(page: Page, voices: string[]): Promise<void> {
  await page.addInitScript((langs: string[]) => {
    const rec = { spoken: [] as Spoken[], cancels: 0, vibrations: 0 };
    Object.assign(window, { __speech: rec });
    const list = langs.map((lang, i) => ({ lang, name: `Voice ${lang}`, localService: true, default: i === 0, voiceURI: lang }));
    class Utterance {
      text: string;
      lang = '';
      rate = 1;
      voice: unknown = null;
      onstart: ((e: Event) => void) | null = null;
      onerror: ((e: { error: string }) => void) | null = null;
      constructor(text: string) {
        this.text = text;
      }
    }
    const synth = {
      getVoices: () => list,
      speak: (u: Utterance) => {
        rec.spoken.push({ text: u.text, lang: u.lang, rate: u.rate });
        u.onstart?.(new Event('start'));
      },
      cancel: () => {
        rec.cancels += 1;
      },
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
    Object.defineProperty(navigator, 'vibrate', {
      value: () => {
        rec.vibrations += 1;
        return true;
      },
      configurable: true,
    });
  }, voices);
}

const speech = (page: Page): Promise<{ spoken: Spoken[]; cancels: number; vibrations: number }> =>
  page.evaluate(() => (window as unknown as { __speech: { spoken: Spoken[]; cancels: number; vibrations: number } }).__speech);

/** "When not to massage" read, and the cue settings as given, on this device. */
async function prefs(page: Page, cues: Record<string, boolean>): Promise<void> {
  await page.evaluate((c) => {
    localStorage.setItem('lactea.massage.whenNotRead', '1');
    localStorage.setItem('lactea.massage.cues', JSON.stringify(c));
  }, cues);
}

const pictureSvg = (page: Page) => page.locator('.player .massage-picture.large svg');

browserSuite('hands-free massage', () => {
  const app = useTestApp();

  it('reads every step aloud as the steps advance by themselves, then says it is done', async () => {
    const { page } = await signedInPage(app);
    await prefs(page, { voice: true, sound: false, vibration: false });
    await stubSpeech(page, ['en-US', 'es-ES']);
    await page.clock.install();
    const player = await new PlayerPage(page).open('let-down');
    await player.button('Start').click();
    // Let-down: three steps on the left, then the same on the right.
    const def = ROUTINE_DEFS.find((d) => d.id === 'let-down');
    if (!def) throw new Error('no let-down');
    const texts = def.steps.map((s) => en.routines['let-down'].steps[s.id]);
    await expect.poll(async () => (await speech(page)).spoken.map((s) => s.text)).toEqual([`Left breast. ${texts[0]}`]);
    for (const side of ['left', 'right'] as const) {
      for (const [i, step] of def.steps.entries()) {
        if (side === 'left' && i === 0) continue;
        // The previous step's time, and a little more: the player moves on by itself.
        const previous = i === 0 ? (def.steps.at(-1)?.seconds ?? 0) : (def.steps[i - 1]?.seconds ?? 0);
        await page.clock.runFor(previous * 1000 + 300);
        const expected = i === 0 ? `Right breast. ${texts[0]}` : texts[i];
        await expect.poll(async () => (await speech(page)).spoken.at(-1)?.text).toBe(expected);
        expect(await player.stepText()).toBe(en.routines['let-down'].steps[step.id]);
      }
    }
    await page.clock.runFor((def.steps.at(-1)?.seconds ?? 0) * 1000 + 300);
    await player.finishTitle().waitFor();
    const { spoken } = await speech(page);
    expect(spoken.map((s) => s.text)).toEqual([
      `Left breast. ${texts[0]}`,
      texts[1],
      texts[2],
      `Right breast. ${texts[0]}`,
      texts[1],
      texts[2],
      'Well done',
    ]);
    expect(spoken.every((s) => s.lang === 'en-US' && s.rate === 1)).toBe(true);
  });

  it('repeats a step, reads slower, remembers it, and pauses with a tap anywhere', async () => {
    const { page } = await signedInPage(app);
    await prefs(page, { voice: false });
    await stubSpeech(page, ['en-GB']);
    const player = await new PlayerPage(page).open('reverse-pressure-softening');
    await player.button('Start').click();
    expect((await speech(page)).spoken).toEqual([]);
    // Turning the voice on reads the step at once.
    await page.getByRole('button', { name: 'Read steps aloud' }).click();
    await expect.poll(async () => (await speech(page)).spoken.length).toBe(1);
    const first = (await speech(page)).spoken[0];
    expect(first?.text).toMatch(/^Left breast\. Check that your nails are short/);
    await page.getByRole('button', { name: 'Repeat' }).click();
    await expect.poll(async () => (await speech(page)).spoken.length).toBe(2);
    expect((await speech(page)).spoken[1]).toEqual(first);
    await page.getByRole('button', { name: 'Slower' }).click();
    await expect.poll(async () => (await speech(page)).spoken.at(-1)?.rate).toBe(0.75);

    // The whole screen is a pause target.
    await page.getByTestId('player-step').click();
    await player.button('Resume').waitFor();
    await page.locator('.player-times').click();
    await player.button('Pause').waitFor();

    // Remembered on this device.
    await page.reload();
    await page.getByRole('button', { name: 'Read steps aloud' }).waitFor();
    expect(await page.getByRole('button', { name: 'Read steps aloud' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('button', { name: 'Slower' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('reads in Spanish for a Spanish-speaking parent', async () => {
    const { page } = await signedInPage(app);
    await stubSpeech(page, ['en-US', 'es-MX']);
    await (await new SettingsPage(page).open()).choose('Español');
    await prefs(page, { voice: true });
    await page.goto('/massage/lymphatic-drainage/play');
    await page.getByRole('button', { name: 'Empezar', exact: true }).click();
    await expect.poll(async () => (await speech(page)).spoken.at(0)).toEqual({
      text: `Pecho izquierdo. ${es.routines['lymphatic-drainage'].steps.settle}`,
      lang: 'es-MX',
      rate: 1,
    });
  });

  it('says so when the device has no voice, and marks each step with tones and vibration instead', async () => {
    const { page } = await signedInPage(app);
    await prefs(page, { voice: true, sound: false, vibration: false });
    await stubSpeech(page, ['fr-FR']);
    const player = await new PlayerPage(page).open('let-down', 60);
    await player.button('Start').click();
    await page.getByText('This device has no voice for English, so tones and vibration mark each step.').waitFor();
    const before = (await speech(page)).vibrations;
    await player.button('Skip').click();
    await expect.poll(async () => (await speech(page)).vibrations).toBeGreaterThan(before);
    expect((await speech(page)).spoken).toEqual([]);
  });

  it('moves the hand along its stroke while a step runs, and shows a still picture under reduced motion', async () => {
    const moving = await signedInPage(app, { reducedMotion: 'no-preference' });
    await new MassagePage(moving.page).markGateRead();
    const player = await new PlayerPage(moving.page).open('lymphatic-drainage');
    await player.button('Start').click();
    await player.button('Skip').click();
    expect(await pictureSvg(moving.page).getAttribute('data-picture')).toBe('drain-armpit');
    expect(await pictureSvg(moving.page).locator('animateMotion').count()).toBeGreaterThan(0);
    // The hand is really moving: it is somewhere else a moment later.
    const where = () => pictureSvg(moving.page).locator('.p-hand').first().boundingBox();
    const a = await where();
    await moving.page.waitForTimeout(700);
    expect(await where()).not.toEqual(a);
    await player.button('Pause').click();
    expect(await pictureSvg(moving.page).locator('animateMotion, animate, animateTransform').count()).toBe(0);

    const still = await signedInPage(app, { reducedMotion: 'reduce' });
    await new MassagePage(still.page).markGateRead();
    const stillPlayer = await new PlayerPage(still.page).open('lymphatic-drainage');
    await stillPlayer.button('Start').click();
    await stillPlayer.button('Skip').click();
    expect(await pictureSvg(still.page).getAttribute('data-picture')).toBe('drain-armpit');
    expect(await pictureSvg(still.page).locator('animateMotion, animate, animateTransform').count()).toBe(0);
    expect(await still.page.locator('.player .massage-picture.large').getAttribute('aria-label')).toBe(`Left breast: ${en.pictures['drain-armpit']}`);
    expect(await still.page.getByTestId('touch').innerText()).toBe('Touch: feather-light, just moving the skin');
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`shows every routine's pictures at 360 px, and the player with its voice controls (${theme})`, async () => {
      const { page } = await signedInPage(app, { colorScheme: theme, bypassCSP: true, reducedMotion: 'no-preference' });
      await prefs(page, { voice: true });
      await stubSpeech(page, ['en-US']);
      for (const d of ROUTINE_DEFS) {
        await new MassagePage(page).openRoutine(d.id, en.routines[d.id].title);
        const pictures = page.locator('.massage-steps .massage-picture svg');
        expect(await pictures.count()).toBe(d.steps.length);
        await page.locator('.massage-steps').screenshot({ path: join(screenshotDir(), `pictures-${d.id}-${theme}.png`) });
      }
      expect(await axeViolations(page)).toEqual([]);
      const player = await new PlayerPage(page).open('hand-expression');
      await player.button('Start').click();
      for (let i = 0; i < 4; i++) await player.button('Skip').click();
      await page.getByText('Step 5 of 14').waitFor();
      await page.screenshot({ path: join(screenshotDir(), `player-compress-${theme}.png`) });
      expect(await axeViolations(page), 'axe on the player').toEqual([]);
      expect(await smallTargets(page)).toEqual([]);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      for (let i = 0; i < 7; i++) await player.button('Skip').click();
      await page.getByText('Step 12 of 14').waitFor();
      await page.screenshot({ path: join(screenshotDir(), `player-right-${theme}.png`) });
    });
  }
});
