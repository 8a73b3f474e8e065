// Shared by the build-time extractions of AWS's resource specification (@aws-cdk/aws-service-spec, pinned in
// package.json): each writes the facts one module needs, keys sorted so that the same spec always gives the same bytes.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));

export const byName = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Up to date when written after the extracting script, this module and the last `npm ci` (install.mjs's marker: npm
 * gives package files a fixed old mtime, so theirs says nothing): repeated builds skip the 0.5-2 s of loading the database.
 */
export function upToDate(outfile, script) {
  const inputs = [script, fileURLToPath(import.meta.url), join(here, 'package-lock.json'),
    join(here, 'node_modules', '.regionstack-installed')];
  return existsSync(outfile)
    && inputs.every((input) => existsSync(input) && statSync(input).mtimeMs <= statSync(outfile).mtimeMs);
}

/** The resources of the pinned specification, sorted by CloudFormation type, and the package it came from. */
export function loadResources() {
  const specPackage = JSON.parse(readFileSync(require.resolve('@aws-cdk/aws-service-spec/package.json'), 'utf-8'));
  const { loadAwsServiceSpecSync } = require('@aws-cdk/aws-service-spec');
  const resources = [...loadAwsServiceSpecSync().all('resource')]
    .sort((a, b) => byName(a.cloudFormationType, b.cloudFormationType));
  return { source: { package: specPackage.name, version: specPackage.version }, resources };
}

export function write(outfile, facts) {
  mkdirSync(dirname(outfile), { recursive: true });
  writeFileSync(outfile, JSON.stringify(facts));
}

export function outfileArgument(usage) {
  const outfile = process.argv[2];
  if (!outfile) {
    console.error(`usage: node ${usage} <outfile>`);
    process.exit(2);
  }
  return outfile;
}
