/**
 * This file defines the fake HtmlService: HTML outputs made from text or from the project's HTML
 * files (handed to the fake by name, e.g. the built dist/Sidebar.html as `Sidebar`), with the
 * title and size a dialog or sidebar shows.
 */
import { type CallCounts, fakeService } from './fake-service';
import { Handles } from './handles';
import { exception, type Realm } from './realm';

type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;

export interface HtmlOutputModel {
  content: string;
  title: string;
  width: number;
  height: number;
}

export const htmlOutputHandles = new Handles<HtmlOutputModel>('HtmlOutput');

/** `files` maps names as Apps Script has them (`Sidebar`, no `.html`) to their text. */
export function fakeHtmlService(
  calls: CallCounts,
  realm: Realm,
  files: Readonly<Record<string, string>>,
): GoogleAppsScript.HTML.HtmlService {
  return fakeService<GoogleAppsScript.HTML.HtmlService>(
    'HtmlService',
    {
      createHtmlOutput: (html?: unknown) => fakeHtmlOutput(calls, String(html ?? '')),
      createHtmlOutputFromFile: (name: string) => {
        const content = files[name.replace(/\.html$/, '')];
        if (content === undefined) throw exception(realm, `No HTML file named ${name} was found.`);
        return fakeHtmlOutput(calls, content);
      },
    },
    calls,
  );
}

function fakeHtmlOutput(calls: CallCounts, content: string): HtmlOutput {
  // Apps Script's default size of a dialog
  const model: HtmlOutputModel = { content, title: '', width: 600, height: 400 };
  const output: HtmlOutput = fakeService<HtmlOutput>(
    'HtmlOutput',
    {
      getContent: () => model.content,
      setContent: (text) => {
        model.content = text;
        return output;
      },
      append: (text) => {
        model.content += text;
        return output;
      },
      getTitle: () => model.title,
      setTitle: (title) => {
        model.title = title;
        return output;
      },
      getWidth: () => model.width,
      setWidth: (width) => {
        model.width = width;
        return output;
      },
      getHeight: () => model.height,
      setHeight: (height) => {
        model.height = height;
        return output;
      },
    },
    calls,
  );
  return htmlOutputHandles.register(output, model);
}
