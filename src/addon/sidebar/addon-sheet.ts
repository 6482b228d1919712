/**
 * This file defines how the sidebar knows a sheet the add-on made for another sheet — its
 * customer sheet, summary sheet or (unhidden) history sheet — by the marker it recorded there.
 * Such a sheet is rewritten by each run of its source, so classifying it would write results
 * into the add-on's own output and leave sheets behind that the source's Clear never removes:
 * the sidebar says whose sheet it is instead, and the server refuses to classify it. A sheet
 * whose source was deleted is an orphan, which Clear removes (orphans.ts); it is not refused here.
 */
import type { Language } from '../../core/labels';
import { OWNED_SHEET_KINDS, type OwnedSheetKind, ownedSheets } from './owned';
import { type SidebarError, sidebarError } from './sidebar-messages';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A sheet of the add-on's, and the sheet it was made for. */
export interface AddonSheet {
  readonly kind: OwnedSheetKind;
  /** The source sheet's name. */
  readonly source: string;
}

/** The add-on's sheet `sheet` is, with its source, while that source exists; else null. */
export function addonSheetOf(sheet: Sheet): AddonSheet | null {
  const spreadsheet = sheet.getParent();
  const id = sheet.getSheetId();
  for (const kind of OWNED_SHEET_KINDS) {
    const owned = ownedSheets(spreadsheet, kind).find((each) => each.sheet.getSheetId() === id);
    if (!owned) continue;
    const source = spreadsheet
      .getSheets()
      .find((candidate) => candidate.getSheetId() === owned.sourceSheetId);
    if (source) return { kind, source: source.getName() };
  }
  return null;
}

/** Why `sheet`, the add-on's `addon`, is not classified: the sidebar's notice and refusal. */
export function addonSheetError(sheet: Sheet, addon: AddonSheet, language: Language): SidebarError {
  return sidebarError(
    { kind: 'addon-sheet', sheet: sheet.getName(), source: addon.source, sheetKind: addon.kind },
    language,
  );
}

/**
 * @throws {SidebarError} when `sheet` is a sheet the add-on made for another sheet
 */
export function assertNotAddonSheet(sheet: Sheet, language: Language): void {
  const addon = addonSheetOf(sheet);
  if (addon) throw addonSheetError(sheet, addon, language);
}
