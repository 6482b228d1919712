/**
 * This file defines the function help page the menu opens: every custom function with its
 * arguments and example, from the same declarations as the autocomplete help.
 */
import type { Language } from '../core/labels';
import type { CustomFunctionSpec } from './custom-functions/definition';

const TITLES: Readonly<
  Record<Language, { readonly page: string; readonly example: string; readonly optional: string }>
> = {
  en: { page: 'Customer Tiers functions', example: 'Example', optional: 'optional' },
  zh: { page: 'Customer Tiers 函数', example: '示例', optional: '可选' },
};

/** The page title, in the user's language. */
export function functionHelpTitle(language: Language): string {
  return TITLES[language].page;
}

/** The help page as HTML, in the user's language. */
export function functionHelpHtml(specs: readonly CustomFunctionSpec[], language: Language): string {
  const words = TITLES[language];
  const sections = specs.map((spec) => {
    const signature = spec.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ');
    const rows = spec.parameters
      .map(
        (p) =>
          `<tr><td><code>${escapeHtml(p.name)}</code>${p.optional ? ` <small>(${words.optional})</small>` : ''}</td><td>${escapeHtml(p.help[language])}</td></tr>`,
      )
      .join('');
    return [
      `<h2><code>${escapeHtml(spec.name)}(${escapeHtml(signature)})</code></h2>`,
      `<p>${escapeHtml(spec.summary[language])}</p>`,
      `<table>${rows}</table>`,
      `<p>${words.example}: <code>${escapeHtml(spec.example)}</code></p>`,
    ].join('\n');
  });
  return [
    '<!DOCTYPE html>',
    `<html lang="${language}"><head><meta charset="utf-8"><style>`,
    'body{font:13px/1.5 Arial,sans-serif;margin:0 8px;color:#202124}h2{font-size:15px;margin:18px 0 4px}',
    'table{border-collapse:collapse}td{border-top:1px solid #e0e0e0;padding:3px 8px 3px 0;vertical-align:top}',
    'code{background:#f1f3f4;padding:0 3px;border-radius:3px}',
    '</style></head><body>',
    ...sections,
    '</body></html>',
  ].join('\n');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
