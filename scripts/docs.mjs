// This file defines `npm run docs`: it rewrites the function reference in docs/functions.md from
// the custom function declarations in src/.
import { readFile, writeFile } from 'node:fs/promises';
import { bundleAddon } from './build.mjs';
import { renderFunctionReference, withReference } from './function-reference.mjs';

const pageUrl = new URL('../docs/functions.md', import.meta.url);
const { specs } = await bundleAddon();
const page = await readFile(pageUrl, 'utf8');
await writeFile(pageUrl, withReference(page, renderFunctionReference(specs)));
console.log(`docs/functions.md: reference for ${specs.map((spec) => spec.name).join(', ')}`);
