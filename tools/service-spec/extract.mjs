// Writes the replacement facts the guard module needs, from AWS's resource specification as packaged by the CDK team
// (@aws-cdk/aws-service-spec, pinned in package.json). Run at build time by guard/pom.xml:
//
//   node extract.mjs <outfile>
//
// Output (compact, keys sorted so that the same spec always gives the same bytes):
//   {
//     "source":   { "package": "@aws-cdk/aws-service-spec", "version": "0.1.216" },
//     "stateful": [ "AWS::DynamoDB::Table", ... ],            // resources the spec marks isStateful
//     "resources": {
//       "AWS::S3::Bucket": {
//         "yes":   [ "BucketName", ... ],                       // top-level properties: causesReplacement 'yes'
//         "maybe": [ ... ],                                     // causesReplacement 'maybe' (depends on the value)
//         "paths": [ [ "CreationInfo", "OwnerUid" ], ... ]      // additionalReplacementProperties ('*' = any element)
//       }, ...
//     }
//   }
// Types with no replacing property and no flag are left out. Properties of nested type definitions that carry their own
// causesReplacement are not exported: like `cdk diff`, the guard judges top-level properties (a change anywhere inside a
// replacing top-level property counts) plus the spec's explicit additional paths.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const outfile = process.argv[2];
if (!outfile) {
  console.error('usage: node extract.mjs <outfile>');
  process.exit(2);
}

const require = createRequire(import.meta.url);
const specPackageFile = require.resolve('@aws-cdk/aws-service-spec/package.json');

// Up to date when written after this script and after the last `npm ci` (install.mjs's marker: npm gives package files
// a fixed old mtime, so theirs says nothing): repeated builds skip the 0.5-2 s of loading the database.
const here = dirname(fileURLToPath(import.meta.url));
const inputs = [fileURLToPath(import.meta.url), join(here, 'package-lock.json'),
  join(here, 'node_modules', '.regionstack-installed')];
if (existsSync(outfile) && inputs.every((input) => existsSync(input) && statSync(input).mtimeMs <= statSync(outfile).mtimeMs)) {
  console.log(`service-spec: ${outfile} up to date`);
  process.exit(0);
}

const { loadAwsServiceSpecSync } = require('@aws-cdk/aws-service-spec');
const specPackage = JSON.parse(readFileSync(specPackageFile, 'utf-8'));

const db = loadAwsServiceSpecSync();
const byName = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

const resources = {};
const stateful = [];
for (const resource of [...db.all('resource')].sort((a, b) => byName(a.cloudFormationType, b.cloudFormationType))) {
  const type = resource.cloudFormationType;
  if (resource.isStateful) stateful.push(type);
  const replacing = (level) => Object.entries(resource.properties)
    .filter(([, property]) => property.causesReplacement === level)
    .map(([name]) => name)
    .sort(byName);
  const entry = {};
  const yes = replacing('yes');
  const maybe = replacing('maybe');
  // The spec repeats some additional paths once per import source: keep each once.
  const paths = [...new Set((resource.additionalReplacementProperties ?? []).map((path) => JSON.stringify(path)))]
    .sort(byName)
    .map((path) => JSON.parse(path));
  if (yes.length) entry.yes = yes;
  if (maybe.length) entry.maybe = maybe;
  if (paths.length) entry.paths = paths;
  if (Object.keys(entry).length) resources[type] = entry;
}

const facts = {
  source: { package: specPackage.name, version: specPackage.version },
  stateful,
  resources,
};
mkdirSync(dirname(outfile), { recursive: true });
writeFileSync(outfile, JSON.stringify(facts));
console.log(`service-spec ${specPackage.version}: ${Object.keys(resources).length} resource types with replacing properties, `
  + `${stateful.length} stateful -> ${outfile}`);
