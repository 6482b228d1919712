/**
 * This file defines the locale and time-zone switch, as File → Settings in Sheets: picking one
 * sets it on the fake spreadsheet (its date cells keep the day and time they show), shows the
 * grid in it, and reloads the sidebar, which then speaks the locale's language (Chinese for
 * zh_CN), as reopening it in Sheets would.
 */
import { LOCALE_CHOICES, type WorkbookState } from '../contract';
import { serverApi } from './server-api';

export interface LocalePicker {
  /** Shows the spreadsheet's locale and zone as the picked option. */
  readonly show: (workbook: WorkbookState) => void;
}

export function localePicker(
  select: HTMLSelectElement,
  sidebar: HTMLIFrameElement,
  show: (workbook: WorkbookState) => Promise<void>,
  fail: (error: unknown) => void,
): LocalePicker {
  select.replaceChildren(
    ...LOCALE_CHOICES.map((choice, index) => {
      const option = document.createElement('option');
      option.value = String(index);
      option.textContent = `${choice.locale} · ${choice.timeZone}`;
      return option;
    }),
  );
  select.addEventListener('change', async () => {
    const choice = LOCALE_CHOICES[Number(select.value)];
    if (!choice) return;
    try {
      await show(await serverApi.switchLocale(choice));
      sidebar.contentWindow?.location.reload();
    } catch (error) {
      fail(error);
    }
  });
  return {
    show: (workbook) => {
      const index = LOCALE_CHOICES.findIndex(
        (choice) => choice.locale === workbook.locale && choice.timeZone === workbook.timeZone,
      );
      if (index >= 0) select.value = String(index);
    },
  };
}
