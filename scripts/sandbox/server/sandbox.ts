/**
 * This file defines the sandbox server: the page with the grid and the sidebar, the sidebar's
 * HTML with the `google.script.run` shim put before its own script, and the JSON endpoints the
 * two call (contract.ts), over the demo spreadsheet, and the changes a user makes by hand (CSV
 * files, cell edits, deletions, the locale). Everything runs in this one process, one request at
 * a time, as one user would use the add-on.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { snapshot } from '../../../dev/spreadsheet-fake/snapshot';
import { type CsvLoaded, PATHS, type WorkbookState } from '../contract';
import { decodeCsv } from './csv-encoding';
import { addCsvSheet } from './csv-sheet';
import { openDemoSpreadsheet } from './demo-spreadsheet';
import { gridWindow, sheetById, sheetTab } from './grid-window';
import { HttpError, readBytes, readJson, sendJson, sendText } from './http';
import { callsNow, mayHaveChanged, runScript } from './script-run';
import { deleteFromSheet, editCell, switchLocale } from './sheet-edits';

export interface SandboxOptions {
  /** The repository's folder, holding dist/ and scripts/sandbox/. */
  readonly root: string;
  readonly host: string;
  /** 0 for any free port. */
  readonly port: number;
  /** The page's and the shim's scripts, bundled for the browser. */
  readonly pageScript: string;
  readonly shimScript: string;
  /** Serves the test-only endpoints (the spreadsheet's snapshot). */
  readonly testEndpoints: boolean;
}

export interface Sandbox {
  readonly url: string;
  close(): Promise<void>;
}

/** Largest CSV file the page may load. */
const CSV_LIMIT_BYTES = 64 * 1024 * 1024;
/** Largest window of rows the grid may ask for at once. */
const MAX_WINDOW_ROWS = 500;

type Route = (request: IncomingMessage, response: ServerResponse, url: URL) => Promise<void> | void;

export async function startSandbox(options: SandboxOptions): Promise<Sandbox> {
  const { bundle, spreadsheet, sidebar } = openDemoSpreadsheet(options.root);
  const page = (file: string) =>
    readFileSync(join(options.root, 'scripts', 'sandbox', 'page', file), 'utf8');
  const html = page('index.html');
  const style = page('sandbox.css');
  const sidebarHtml = withShim(sidebar.html, options.shimScript);
  let version = 0;
  const changed = () => {
    version++;
  };

  const workbookState = (): WorkbookState => ({
    version,
    activeSheetId: spreadsheet.getActiveSheet().getSheetId(),
    // as in Sheets, a hidden sheet (the add-on's history) has no tab
    sheets: spreadsheet
      .getSheets()
      .filter((sheet) => !sheet.isSheetHidden())
      .map(sheetTab),
    locale: spreadsheet.getSpreadsheetLocale(),
    timeZone: spreadsheet.getSpreadsheetTimeZone(),
    sidebarTitle: sidebar.title,
  });

  /** A change made by hand: applied, then the workbook as it is now; a refusal changes nothing. */
  const byHand =
    (change: (on: typeof spreadsheet, request: unknown) => unknown): Route =>
    async (request, response) => {
      const body = await readJson(request);
      refusedAs(409, () => change(spreadsheet, body));
      changed();
      sendJson(response, workbookState());
    };

  const routes: Record<string, Route> = {
    [`GET ${PATHS.page}`]: (_, response) => sendText(response, 200, 'text/html', html),
    [`GET ${PATHS.pageScript}`]: (_, response) =>
      sendText(response, 200, 'text/javascript', options.pageScript),
    [`GET ${PATHS.pageStyle}`]: (_, response) => sendText(response, 200, 'text/css', style),
    // no icon: an empty answer rather than a 404 in the browser's console
    'GET /favicon.ico': (_, response) => response.writeHead(204).end(),
    [`GET ${PATHS.sidebar}`]: (_, response) => sendText(response, 200, 'text/html', sidebarHtml),
    [`GET ${PATHS.workbook}`]: (_, response) => sendJson(response, workbookState()),
    [`GET ${PATHS.grid}`]: (_, response, url) => {
      const [sheetId, from, count] = ['sheet', 'from', 'count'].map((name) =>
        Number(url.searchParams.get(name)),
      ) as [number, number, number];
      if (![sheetId, from, count].every(Number.isInteger) || from < 1 || count < 1)
        throw new HttpError(400, 'The grid needs ?sheet=ID&from=ROW&count=ROWS.');
      const rows = Math.min(count, MAX_WINDOW_ROWS);
      sendJson(response, gridWindow(sheetById(spreadsheet, sheetId), from, rows));
    },
    [`POST ${PATHS.activate}`]: async (request, response) => {
      const { sheetId } = (await readJson(request)) as { sheetId?: unknown };
      spreadsheet.setActiveSheet(sheetById(spreadsheet, Number(sheetId)));
      changed();
      sendJson(response, workbookState());
    },
    [`POST ${PATHS.run}`]: async (request, response) => {
      const call = await readJson(request);
      const before = callsNow(bundle);
      const answer = runScript(bundle, call);
      if (mayHaveChanged(bundle, before)) changed();
      sendJson(response, answer);
    },
    [`POST ${PATHS.csv}`]: async (request, response, url) => {
      const bytes = await readBytes(request, CSV_LIMIT_BYTES);
      const { text, encoding } = refusedAs(415, () => decodeCsv(bytes));
      addCsvSheet(spreadsheet, url.searchParams.get('name') ?? '', text);
      changed();
      sendJson(response, { workbook: workbookState(), encoding } satisfies CsvLoaded);
    },
    [`POST ${PATHS.edit}`]: byHand(editCell),
    [`POST ${PATHS.delete}`]: byHand(deleteFromSheet),
    [`POST ${PATHS.locale}`]: byHand(switchLocale),
    ...(options.testEndpoints && {
      [`GET ${PATHS.snapshot}`]: (_: IncomingMessage, response: ServerResponse) =>
        sendJson(response, snapshot(spreadsheet)),
    }),
  };

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://sandbox');
    const route = routes[`${request.method} ${url.pathname}`];
    Promise.resolve()
      .then(() => {
        if (!route) throw new HttpError(404, `Nothing at ${request.method} ${url.pathname}.`);
        return route(request, response, url);
      })
      .catch((error: unknown) => {
        const status = error instanceof HttpError ? error.status : 500;
        const message = error instanceof Error ? error.message : String(error);
        if (!response.headersSent) sendText(response, status, 'text/plain', message);
      });
  });
  await new Promise<void>((listening, failed) => {
    server.once('error', failed);
    server.listen(options.port, options.host, listening);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host}:${port}/`,
    close: () =>
      new Promise((closed) => {
        server.close(() => closed());
        // an open page keeps its connections alive; the sandbox ends them
        server.closeAllConnections();
      }),
  };
}

/** What `run` returns; what it throws, the fake's refusals included, as an HTTP error of `status`. */
function refusedAs<T>(status: number, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof HttpError) throw error;
    // the fake's errors may be of the bundle's realm: read the message, not `instanceof`
    throw new HttpError(status, String((error as { message?: unknown }).message ?? error));
  }
}

/** The sidebar's page with the shim's script first, so `google.script.run` exists when it runs. */
function withShim(html: string, shimScript: string): string {
  const at = html.indexOf('<script>');
  if (at < 0) throw new Error('sandbox: the sidebar has no <script>');
  return `${html.slice(0, at)}<script>${shimScript}</script>\n${html.slice(at)}`;
}
