import type { Page } from '@playwright/test';

/**
 * Waits until the app runs on this page. Prerendered HTML shows before its script, so a key pressed earlier would reach
 * no handler; a person would not start pressing keys that early, and the tests should not either.
 */
export async function waitForApp(page: Page): Promise<void> {
  await page.locator('html[data-app-ready="true"]').waitFor({ state: 'attached' });
  // On a first visit the service worker fetches every page for offline use; a key pressed during that first second
  // was sometimes lost (seen: 5 presses in 8 right after ready, 0 in 6 once the page settled). Wait as a person would.
  await page.waitForLoadState('networkidle');
}

export async function openReady(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await waitForApp(page);
}
