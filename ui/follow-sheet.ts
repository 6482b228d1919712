/**
 * This file defines how the sidebar follows the user from sheet to sheet: Apps Script tells a
 * sidebar nothing when the active sheet changes, so it asks for the active sheet's id every
 * two seconds while idle, and reports a new one.
 */
import type { SidebarClient } from './client';

export const POLL_MS = 2000;

export interface SheetFollower {
  /** The sheet now shown; a different active sheet is reported. */
  readonly follow: (sheetId: number) => void;
  /** Starts asking again after a call: one poll at a time, `POLL_MS` apart. */
  readonly resume: () => void;
  /** Stops asking while a call runs, so no poll competes with it or reports mid-run. */
  readonly pause: () => void;
}

export function followSheet(client: SidebarClient, onSwitch: () => void): SheetFollower {
  let followed: number | null = null;
  let paused = true;
  let polling = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const schedule = () => {
    timer = setTimeout(poll, POLL_MS);
  };
  const poll = async () => {
    timer = undefined;
    polling = true;
    // A failed poll (the network, a closed session) is no switch: ask again later.
    const active = await client.sidebarActiveSheetId().catch(() => followed);
    polling = false;
    if (paused) return;
    if (active === followed || active === null) schedule();
    else {
      followed = active;
      onSwitch();
    }
  };
  return {
    follow: (sheetId) => {
      followed = sheetId;
    },
    resume: () => {
      paused = false;
      if (timer === undefined && !polling) schedule();
    },
    pause: () => {
      paused = true;
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
