/**
 * This file defines the Apps Script enums the fakes offer, as Apps Script has them: each member
 * is an object of its own (so `addDeveloperMetadata('key', 'DOCUMENT')` sets a value, not a
 * visibility) whose `toString()` and JSON are its name.
 */

/** A member of a fake enum; the fakes compare members by identity, as the add-on may. */
interface EnumMember {
  toString(): string;
  toJSON(): string;
}

const memberNames = new WeakMap<object, string>();

/** An enum of the given member names, typed as the Apps Script enum `E` it stands for. */
function enumeration<E>(names: readonly string[]): E {
  const members: Record<string, EnumMember> = {};
  for (const name of names) {
    const member = Object.freeze({ toString: () => name, toJSON: () => name });
    memberNames.set(member, name);
    members[name] = member;
  }
  return Object.freeze(members) as E;
}

/** The name of a member of one of the fake enums, or undefined for anything else. */
export function memberName(value: unknown): string | undefined {
  return typeof value === 'object' && value !== null ? memberNames.get(value) : undefined;
}

type Spreadsheet = typeof GoogleAppsScript.Spreadsheet;

export const DeveloperMetadataVisibility: Spreadsheet['DeveloperMetadataVisibility'] = enumeration([
  'DOCUMENT',
  'PROJECT',
]);

export const DeveloperMetadataLocationType: Spreadsheet['DeveloperMetadataLocationType'] =
  enumeration(['SPREADSHEET', 'SHEET', 'ROW', 'COLUMN']);

export const ProtectionType: Spreadsheet['ProtectionType'] = enumeration(['RANGE', 'SHEET']);

export const BOOLEAN_CRITERIA = [
  'CELL_EMPTY',
  'CELL_NOT_EMPTY',
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_EQUAL_TO',
  'DATE_AFTER_RELATIVE',
  'DATE_BEFORE_RELATIVE',
  'DATE_EQUAL_TO_RELATIVE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_STARTS_WITH',
  'TEXT_ENDS_WITH',
  'CUSTOM_FORMULA',
] as const;

export type CriteriaName = (typeof BOOLEAN_CRITERIA)[number];

export const BooleanCriteria: Spreadsheet['BooleanCriteria'] = enumeration(BOOLEAN_CRITERIA);

export const Button: typeof GoogleAppsScript.Base.Button = enumeration([
  'CLOSE',
  'OK',
  'CANCEL',
  'YES',
  'NO',
]);

export const ButtonSet: typeof GoogleAppsScript.Base.ButtonSet = enumeration([
  'OK',
  'OK_CANCEL',
  'YES_NO',
  'YES_NO_CANCEL',
]);

/** The member of a fake enum with a name, e.g. `member(BooleanCriteria, 'CUSTOM_FORMULA')`. */
export function member<E>(enumObject: E, name: string): E[keyof E] {
  return (enumObject as Record<string, E[keyof E]>)[name] as E[keyof E];
}

type Script = typeof GoogleAppsScript.Script;

export const EventType: Script['EventType'] = enumeration([
  'CLOCK',
  'ON_OPEN',
  'ON_EDIT',
  'ON_FORM_SUBMIT',
  'ON_CHANGE',
  'ON_EVENT_UPDATED',
]);

export const AuthMode: Script['AuthMode'] = enumeration([
  'NONE',
  'CUSTOM_FUNCTION',
  'LIMITED',
  'FULL',
]);

export const TriggerSource: Script['TriggerSource'] = enumeration([
  'SPREADSHEETS',
  'CLOCK',
  'FORMS',
  'DOCUMENTS',
  'CALENDAR',
]);
