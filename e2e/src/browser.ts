import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { CHROMIUM_ARGS, CHROMIUM_PATH } = require('../../scripts/chromium') as {
  CHROMIUM_ARGS: string[];
  CHROMIUM_PATH: string;
};

/** Debian's Chromium; no test tool downloads a browser. */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

/**
 * The serious and critical accessibility violations axe finds on the page as it is now, as readable lines
 * (`[]` when there are none).
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  // A button or dialog still fading in has colours between its two states, which axe would judge: let finite
  // transitions end first (spinners run forever and are left alone).
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (animation) =>
          animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity,
      ),
  );
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${page.url()} ${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
          .map((node) => `${node.target.join(' ')}: ${node.failureSummary ?? ''}`)
          .join('; ')}`,
    );
}

const MAX_TABS = 80;

/** Moves the focus with Tab alone until it reaches the element: proof that the keyboard gets there. */
export async function tabTo(page: Page, target: Locator): Promise<void> {
  const element = await target.elementHandle();
  if (!element) throw new Error('tabTo: no such element');
  for (let presses = 0; presses < MAX_TABS; presses++) {
    if (await element.evaluate((node) => node === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab does not reach ${await element.evaluate((node) => node.outerHTML.slice(0, 200))}`);
}

/** Reaches the control with Tab and activates it with Enter, as a keyboard user does. */
export async function press(page: Page, target: Locator): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press('Enter');
}

/** A mark on the window that a reload would erase: the page is still the same document. */
export const markDocument = (page: Page) =>
  page.evaluate(() => ((window as unknown as { cznMark: number }).cznMark = 1));

export const isSameDocument = (page: Page) =>
  page.evaluate(() => (window as unknown as { cznMark?: number }).cznMark === 1);
