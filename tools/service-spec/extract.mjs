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
import { fileURLToPath } from 'node:url';
import { byName, loadResources, outfileArgument, upToDate, write } from './spec.mjs';

const outfile = outfileArgument('extract.mjs');
if (upToDate(outfile, fileURLToPath(import.meta.url))) {
  console.log(`service-spec: ${outfile} up to date`);
  process.exit(0);
}

const { source, resources: all } = loadResources();
const resources = {};
const stateful = [];
for (const resource of all) {
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

write(outfile, { source, stateful, resources });
console.log(`service-spec ${source.version}: ${Object.keys(resources).length} resource types with replacing properties, `
  + `${stateful.length} stateful -> ${outfile}`);
