import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type ElementHandle, type Locator, type Page } from 'playwright-core';

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

/**
 * In the page: the label of the option an antd select's keyboard focus is on (its aria-activedescendant), once
 * it is other than `previous`; an error when it stays for five seconds.
 */
function activeOptionOtherThan(
  input: HTMLElement,
  previous: string | null | undefined,
): Promise<string | null> {
  const label = () => {
    const shown = document.getElementById(input.getAttribute('aria-activedescendant') ?? '');
    return shown?.getAttribute('aria-label') ?? shown?.textContent ?? null;
  };
  const giveUp = Date.now() + 5_000;
  return new Promise((resolve, reject) => {
    const check = () => {
      if (label() !== previous) resolve(label());
      else if (Date.now() > giveUp) reject(new Error(`the select's active option stays «${previous}»`));
      else requestAnimationFrame(check);
    };
    check();
  });
}

const MAX_OPTIONS = 20;

/**
 * Picks an option of an antd select by keyboard: Tab to it, arrows down to the option, Enter. After each arrow
 * it waits for the page to move to the next option, so that a page slow under load is never overshot.
 */
export async function choose(page: Page, select: Locator, option: string): Promise<void> {
  await tabTo(page, select);
  const input = (await select.elementHandle()) as ElementHandle<HTMLElement>;
  let active = await input.evaluate(activeOptionOtherThan, undefined);
  for (let presses = 0; active !== option; presses++) {
    if (presses === MAX_OPTIONS) throw new Error(`choose: no option «${option}» in the select`);
    await page.keyboard.press('ArrowDown');
    active = await input.evaluate(activeOptionOtherThan, active);
  }
  await page.keyboard.press('Enter');
}

/**
 * Closes a multiple select's open list with Escape and waits until the page has closed it: a Tab while the
 * list is still open would toggle its active option again (rc-select selects on Tab), unchoosing the choice.
 */
export async function closeSelect(page: Page, select: Locator): Promise<void> {
  await page.keyboard.press('Escape');
  await select.and(page.locator('[aria-expanded="false"]')).waitFor();
}

/**
 * Waits until nothing on the page is wider than a 390 px phone's screen: after a resize the responsive layout
 * changes when antd's breakpoints fire, a moment later. Fails after ten seconds of a page still too wide.
 */
export async function fitsPhone(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.scrollWidth <= 390, undefined, {
    timeout: 10_000,
  });
}

/** A mark on the window that a reload would erase: the page is still the same document. */
export const markDocument = (page: Page) =>
  page.evaluate(() => ((window as unknown as { cznMark: number }).cznMark = 1));

export const isSameDocument = (page: Page) =>
  page.evaluate(() => (window as unknown as { cznMark?: number }).cznMark === 1);
