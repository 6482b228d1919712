/**
 * This file defines the fake ScriptApp: installable triggers of one spreadsheet, per user, as an
 * editor add-on has them. A user sees and deletes only the triggers they created
 * (`getUserTriggers`), and an add-on may keep one trigger of each type per user per document, so
 * a second `create()` of the same type throws. A test (or the sandbox) acts as another user with
 * `actAs`, and opens the spreadsheet with `fireOpenTriggers`, which runs every on-open trigger
 * as the user who created it, whoever opens the file, as Apps Script does.
 */
import { AuthMode, EventType, member, TriggerSource } from './enums';
import { type CallCounts, fakeService } from './fake-service';
import { exception, type Realm } from './realm';

type Trigger = GoogleAppsScript.Script.Trigger;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** One installed trigger, as the fake keeps it. */
export interface TriggerRecord {
  readonly uniqueId: string;
  readonly handler: string;
  /** An `EventType` member's name, e.g. `ON_OPEN`. */
  readonly eventType: string;
  readonly spreadsheetId: string;
  /** The user who created it: it runs as them. */
  readonly owner: string;
}

export interface TriggerStore {
  readonly triggers: TriggerRecord[];
  /** The user the script runs as now. */
  user: string;
  nextId: number;
}

export const DEFAULT_USER = 'me@example.com';

export function newTriggerStore(): TriggerStore {
  return { triggers: [], user: DEFAULT_USER, nextId: 1 };
}

/** The open event Apps Script hands an installable on-open trigger's function. */
export interface OpenEvent {
  readonly authMode: GoogleAppsScript.Script.AuthMode;
  readonly source: Spreadsheet;
  readonly triggerUid: string;
}

export function fakeScriptApp(
  calls: CallCounts,
  realm: Realm,
  store: TriggerStore,
  spreadsheet: () => Spreadsheet,
): GoogleAppsScript.Script.ScriptApp {
  const triggerOf = (record: TriggerRecord): Trigger =>
    fakeService<Trigger>(
      'Trigger',
      {
        getHandlerFunction: () => record.handler,
        getEventType: () => member(EventType, record.eventType),
        getTriggerSource: () => TriggerSource.SPREADSHEETS,
        getTriggerSourceId: () => record.spreadsheetId,
        getUniqueId: () => record.uniqueId,
      },
      calls,
    );
  const mine = (spreadsheetId: string) =>
    store.triggers.filter((t) => t.owner === store.user && t.spreadsheetId === spreadsheetId);
  const builder = (handler: string): GoogleAppsScript.Script.TriggerBuilder =>
    fakeService<GoogleAppsScript.Script.TriggerBuilder>(
      'TriggerBuilder',
      {
        forSpreadsheet: (target: Spreadsheet | string) =>
          spreadsheetBuilder(handler, typeof target === 'string' ? target : target.getId()),
      },
      calls,
    );
  const spreadsheetBuilder = (
    handler: string,
    spreadsheetId: string,
  ): GoogleAppsScript.Script.SpreadsheetTriggerBuilder => {
    let eventType: string | null = null;
    const self: GoogleAppsScript.Script.SpreadsheetTriggerBuilder =
      fakeService<GoogleAppsScript.Script.SpreadsheetTriggerBuilder>(
        'SpreadsheetTriggerBuilder',
        {
          onOpen: () => {
            eventType = 'ON_OPEN';
            return self;
          },
          create: () => {
            if (eventType === null) throw exception(realm, 'The trigger has no event type.');
            if (spreadsheetId !== spreadsheet().getId())
              throw exception(realm, 'Add-ons can only create triggers for the file they run in.');
            if (mine(spreadsheetId).some((t) => t.eventType === eventType))
              throw exception(
                realm,
                `This add-on already has a trigger of type ${eventType} in this document for this user.`,
              );
            const record = {
              uniqueId: String(store.nextId++),
              handler,
              eventType,
              spreadsheetId,
              owner: store.user,
            };
            store.triggers.push(record);
            return triggerOf(record);
          },
        },
        calls,
      );
    return self;
  };
  return fakeService<GoogleAppsScript.Script.ScriptApp>(
    'ScriptApp',
    {
      AuthMode,
      EventType,
      TriggerSource,
      newTrigger: builder,
      getUserTriggers: ((target: Spreadsheet) =>
        mine(target.getId()).map(
          triggerOf,
        )) as GoogleAppsScript.Script.ScriptApp['getUserTriggers'],
      getProjectTriggers: () => store.triggers.filter((t) => t.owner === store.user).map(triggerOf),
      deleteTrigger: (trigger) => {
        const at = store.triggers.findIndex(
          (t) => t.uniqueId === trigger.getUniqueId() && t.owner === store.user,
        );
        if (at < 0) throw exception(realm, 'No such trigger for this user.');
        store.triggers.splice(at, 1);
      },
    },
    calls,
  );
}

/**
 * Opens the spreadsheet: runs every on-open trigger in it, each as the user who created it (the
 * user the script runs as is theirs for the call), with its event; the runs' results in order.
 */
export function fireOpenTriggers(
  store: TriggerStore,
  spreadsheet: Spreadsheet,
  run: (handler: string, event: OpenEvent) => unknown,
): unknown[] {
  const opening = store.triggers.filter(
    (t) => t.eventType === 'ON_OPEN' && t.spreadsheetId === spreadsheet.getId(),
  );
  const opener = store.user;
  try {
    return opening.map((trigger) => {
      store.user = trigger.owner;
      return run(trigger.handler, {
        authMode: AuthMode.FULL,
        source: spreadsheet,
        triggerUid: trigger.uniqueId,
      });
    });
  } finally {
    store.user = opener;
  }
}
