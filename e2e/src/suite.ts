import type { Browser, Page } from 'playwright-core';
import type { StackOptions } from '@czn/tools';
import { launchChromium } from './browser';
import { startPlatform, type Platform } from './platform';

export interface BrowserSuite {
  readonly platform: Platform;
  /** A page in a context of its own (its own cookies and storage), in Russian on the region's clock. */
  newPage(): Promise<Page>;
}

/**
 * The whole platform and one Chromium for a test file: started before its tests, stopped after them.
 * `options` is read when the platform starts, so it may use what earlier `beforeAll` hooks set up.
 */
export function browserSuite(options: () => StackOptions = () => ({})): BrowserSuite {
  let platform: Platform | undefined;
  let browser: Browser | undefined;
  jest.setTimeout(180_000);

  beforeAll(async () => {
    platform = await startPlatform(options());
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  return {
    get platform() {
      if (!platform) throw new Error('The platform starts in beforeAll');
      return platform;
    },
    async newPage() {
      const context = await browser!.newContext({ locale: 'ru-RU', timezoneId: 'Asia/Barnaul' });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      return page;
    },
  };
}
