/**
 * This file defines the fake LockService's document lock. Nothing waits: a lock held elsewhere
 * (a test hook standing for another user's execution) is released after a set number of
 * milliseconds, so `tryLock(ms)` succeeds exactly when `ms` covers that time, and `waitLock`
 * throws Apps Script's timeout message otherwise.
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
    if (state.holder === self) return true;
    if (state.holder === 'elsewhere' && timeoutMs < state.elsewhereForMs) return false;
    state.holder = self;
    return true;
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
