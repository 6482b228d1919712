/**
 * This file defines how the sidebar's DOM tests open the sidebar against a fake server and act
 * on it: start it, let the answers due arrive (under vitest's fake timers), find a control by
 * its test hook, and choose a value as a user would.
 */
import { vi } from 'vitest';
import { createClient } from '../../ui/client';
import { startSidebar } from '../../ui/sidebar';
import { type FakeServer, fakeScriptRun } from './fake-script-run';

/** Lets every answer already due arrive, and what it starts run, without moving the clock. */
export const settle = () => vi.advanceTimersByTimeAsync(0);

export async function openSidebar(server: FakeServer) {
  const root = document.createElement('main');
  document.body.replaceChildren(root);
  const fake = fakeScriptRun({ sidebarActiveSheetId: () => 101, ...server });
  startSidebar(root, createClient(fake.runner));
  await settle();
  return fake;
}

export function byTestId<Found extends HTMLElement = HTMLElement>(testId: string): Found {
  const found = document.querySelector<Found>(`[data-testid="${testId}"]`);
  if (!found) throw new Error(`nothing has data-testid="${testId}"`);
  return found;
}

export function choose(control: HTMLSelectElement | HTMLInputElement, value: string): void {
  control.value = value;
  control.dispatchEvent(new Event('change', { bubbles: true }));
}
