/**
 * This file defines the fake LockService's document lock. Nothing really waits: a lock held
 * elsewhere (a test hook standing for another user's execution) is released after a set number
 * of milliseconds, counted down by each failed attempt's timeout, so `tryLock(ms)` succeeds
 * exactly when the time waited covers it, and `waitLock` throws Apps Script's timeout message
 * otherwise.
 */
import { type CallCounts, fakeService } from './fake-service';
import { exception, type Realm } from './realm';

type Lock = GoogleAppsScript.Lock.Lock;

export interface DocumentLock {
  /** The script's Lock object holding it, 'elsewhere', or null when free. */
  holder: Lock | 'elsewhere' | null;
  /** How long another execution still holds it; Infinity for as long as the test runs. */
  elsewhereForMs: number;
}

export function newDocumentLock(): DocumentLock {
  return { holder: null, elsewhereForMs: 0 };
}

export function fakeLockService(
  calls: CallCounts,
  realm: Realm,
  lock: DocumentLock,
): GoogleAppsScript.Lock.LockService {
  return fakeService<GoogleAppsScript.Lock.LockService>(
    'LockService',
    { getDocumentLock: () => fakeLock(calls, realm, lock) },
    calls,
  );
}

function fakeLock(calls: CallCounts, realm: Realm, state: DocumentLock): Lock {
  const tryLock = (timeoutMs: number): boolean => {
    const free =
      state.holder === null || (state.holder === 'elsewhere' && timeoutMs >= state.elsewhereForMs);
    if (free) state.holder = self;
    // a failed attempt waited its whole timeout, bringing the other execution's release nearer
    else if (state.holder === 'elsewhere') state.elsewhereForMs -= timeoutMs;
    return state.holder === self;
  };
  const self: Lock = fakeService<Lock>(
    'Lock',
    {
      tryLock,
      waitLock: (timeoutMs) => {
        if (!tryLock(timeoutMs)) {
          throw exception(
            realm,
            'Lock timeout: another process was holding the lock for too long.',
          );
        }
      },
      hasLock: () => state.holder === self,
      releaseLock: () => {
        if (state.holder === self) state.holder = null;
      },
    },
    calls,
  );
  return self;
}
