/**
 * This file defines how fakes of Apps Script services are built: an object typed as the real
 * service, whose implemented methods are counted and whose other methods throw, so a test can
 * neither call something the fake does not model nor drift from the real signatures.
 */

export type CallCounts = Record<string, number>;

/** Wraps the implemented part of a service; `calls` counts each method's calls. */
export function fakeService<T extends object>(
  serviceName: string,
  implemented: Partial<T>,
  calls: CallCounts,
): T {
  return new Proxy(implemented, {
    get(target, property) {
      if (typeof property !== 'string') return undefined;
      // own members only: the object's prototype (toString, valueOf …) is not the service's
      const member = Object.hasOwn(target, property)
        ? (target as Record<string, unknown>)[property]
        : undefined;
      if (typeof member !== 'function') {
        if (member !== undefined) return member;
        // Apps Script objects print as their class name, e.g. `String(range)` is "Range"
        if (property === 'toString') return () => serviceName;
        return () => {
          throw new Error(`fake ${serviceName}.${property} is not implemented`);
        };
      }
      return (...args: unknown[]) => {
        const key = `${serviceName}.${property}`;
        calls[key] = (calls[key] ?? 0) + 1;
        return member.apply(target, args);
      };
    },
  }) as T;
}

/** Forgets every count, keeping the object tests hold. */
export function resetCalls(calls: CallCounts): void {
  for (const key of Object.keys(calls)) delete calls[key];
}
