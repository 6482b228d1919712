/**
 * This file defines the fake PropertiesService: document and user property stores of string
 * values that outlive one execution of the add-on, as they do in Apps Script, each value held to
 * the documented quota of 9 KB.
 */
import { type CallCounts, fakeService } from './fake-service';

type Properties = GoogleAppsScript.Properties.Properties;

/** "Properties value size: 9 KB / val" (Apps Script quotas), counted in UTF-8 bytes. */
export const PROPERTY_VALUE_LIMIT_BYTES = 9 * 1024;

export interface PropertyStores {
  readonly document: Map<string, string>;
  readonly user: Map<string, string>;
}

export function newPropertyStores(): PropertyStores {
  return { document: new Map(), user: new Map() };
}

export function fakePropertiesService(
  calls: CallCounts,
  stores: PropertyStores,
): GoogleAppsScript.Properties.PropertiesService {
  return fakeService<GoogleAppsScript.Properties.PropertiesService>(
    'PropertiesService',
    {
      getDocumentProperties: () => fakeProperties(calls, stores.document),
      getUserProperties: () => fakeProperties(calls, stores.user),
    },
    calls,
  );
}

function fakeProperties(calls: CallCounts, store: Map<string, string>): Properties {
  const properties: Properties = fakeService<Properties>(
    'Properties',
    {
      getProperty: (key) => store.get(key) ?? null,
      getProperties: () => Object.fromEntries(store),
      getKeys: () => [...store.keys()],
      setProperty: (key, value) => {
        if (new TextEncoder().encode(String(value)).length > PROPERTY_VALUE_LIMIT_BYTES) {
          throw new Error('Argument too large: value');
        }
        store.set(key, String(value));
        return properties;
      },
      setProperties: (values: Record<string, string>, deleteAllOthers = false) => {
        if (deleteAllOthers) store.clear();
        for (const [key, value] of Object.entries(values)) store.set(key, String(value));
        return properties;
      },
      deleteProperty: (key) => {
        store.delete(key);
        return properties;
      },
      deleteAllProperties: () => {
        store.clear();
        return properties;
      },
    },
    calls,
  );
  return properties;
}
