// This file defines `npm run docs`: it rewrites the README's function reference from the
// custom function declarations in src/.
import { readFile, writeFile } from 'node:fs/promises';
import { bundleAddon } from './build.mjs';
import { renderFunctionReference, withReference } from './function-reference.mjs';

const readmeUrl = new URL('../README.md', import.meta.url);
const { specs } = await bundleAddon();
const readme = await readFile(readmeUrl, 'utf8');
await writeFile(readmeUrl, withReference(readme, renderFunctionReference(specs)));
console.log(`README.md: reference for ${specs.map((spec) => spec.name).join(', ')}`);
