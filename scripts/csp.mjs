// Prints the strict Content-Security-Policy for a build: Trunk's start-up script is
// inline, so it is allowed by its hash (never by 'unsafe-inline').
//
//   node scripts/csp.mjs dist

import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The policy for the build in `dir`. */
export async function policyFor(dir) {
  const html = await readFile(path.join(dir, 'index.html'), 'utf8');
  const hashes = [...html.matchAll(/<script(?: [^>]*)?>([\s\S]*?)<\/script>/g)]
    .filter((m) => m[1].trim())
    .map((m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`);
  return `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}; style-src 'self'`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(`\nContent-Security-Policy: ${await policyFor(process.argv[2] ?? 'dist')}`);
}
