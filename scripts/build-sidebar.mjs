// This file defines the sidebar's build: esbuild bundles ui/main.ts and ui/sidebar.css, and both
// go inline into one Sidebar.html, because HtmlService serves a single file and the sidebar must
// load nothing from the network (Apps Script's sandbox and the offline test sandbox alike).
import * as esbuild from 'esbuild';

const SCRIPT_ENTRY = 'ui/main.ts';
const STYLE_ENTRY = 'ui/sidebar.css';

/**
 * The text of Sidebar.html.
 * @param {string} root the repository's folder
 */
export async function bundleSidebar(root) {
  const [script, style] = await Promise.all([
    bundled(root, { entryPoints: [SCRIPT_ENTRY], format: 'iife', target: 'es2020' }),
    bundled(root, { entryPoints: [STYLE_ENTRY] }),
  ]);
  return [
    '<!DOCTYPE html>',
    '<html>',
    '<head>',
    '<meta charset="utf-8">',
    // links in a sidebar open outside its frame, as Google advises for HtmlService pages
    '<base target="_top">',
    `<style>${inlineSafe(style, 'style')}</style>`,
    '</head>',
    '<body>',
    `<script>${inlineSafe(script, 'script')}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * One entry bundled and minified, as text.
 * @param {string} root
 * @param {import('esbuild').BuildOptions} options
 */
async function bundled(root, options) {
  const result = await esbuild.build({
    absWorkingDir: root,
    bundle: true,
    minify: true,
    write: false,
    outdir: 'dist',
    legalComments: 'none',
    ...options,
  });
  const output = result.outputFiles?.[0];
  if (!output) throw new Error(`build: esbuild wrote nothing for ${options.entryPoints}`);
  return output.text.trim();
}

/**
 * Text to inline in a `<script>` or `<style>`: the HTML parser ends the element at the first
 * `</script` (or `</style`) whatever surrounds it, even inside a string, so that becomes `<\/`,
 * which strings, regular expressions and CSS read the same.
 * @param {string} text
 * @param {'script' | 'style'} tag
 */
export function inlineSafe(text, tag) {
  return text.replace(new RegExp(`</(${tag})`, 'gi'), '<\\/$1');
}
