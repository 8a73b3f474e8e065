// Writes which resource types take tags, and in which property and shape, for the verify module's tag check, from
// AWS's resource specification (@aws-cdk/aws-service-spec, pinned in package.json). Run at build time by verify/pom.xml:
//
//   node taggable.mjs <outfile>
//
// Output: { "source": {...}, "taggable": { "AWS::S3::Bucket": ["Tags", "standard"], ... } } where the shape is the
// spec's variant: "standard" (a list of {Key, Value}), "map" (an object of key to value) or "asg" (a list of
// {Key, Value, PropagateAtLaunch}). Types the spec gives no tag information are left out.
import { fileURLToPath } from 'node:url';
import { loadResources, outfileArgument, upToDate, write } from './spec.mjs';

const outfile = outfileArgument('taggable.mjs');
if (upToDate(outfile, fileURLToPath(import.meta.url))) {
  console.log(`service-spec: ${outfile} up to date`);
  process.exit(0);
}
const { source, resources } = loadResources();
const taggable = {};
for (const resource of resources) {
  const tags = resource.tagInformation;
  if (tags) taggable[resource.cloudFormationType] = [tags.tagPropertyName, tags.variant];
}
write(outfile, { source, taggable });
console.log(`service-spec ${source.version}: ${Object.keys(taggable).length} taggable resource types -> ${outfile}`);
