import type { Page } from '@playwright/test';

/**
 * Waits until the app runs on this page. Prerendered HTML shows before its script, so a key pressed earlier would reach
 * no handler; a person would not start pressing keys that early, and the tests should not either.
 */
export async function waitForApp(page: Page): Promise<void> {
  await page.locator('html[data-app-ready="true"]').waitFor({ state: 'attached' });
}

export async function openReady(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await waitForApp(page);
}
