// aws-cdk-lib's own CloudFormationValidatePlugin, run outside jsii's Node.js process so that its engine starts and
// validates in parallel with the JVM and jsii (ExternalValidation). One JSON request per line on stdin (a validation
// context, as CDK hands the plugin), one JSON answer per line on stdout (the plugin's report); anything the plugin
// prints goes to stderr.
// Usage: node validate-server.js <aws-cdk-lib package directory> <warm-up template>
'use strict';
const path = require('path');
const readline = require('readline');

const out = process.stdout;
console.log = console.info = console.warn = console.error;

function send(message) {
  out.write(JSON.stringify(message) + '\n');
}

let plugin;
try {
  const lib = process.argv[2];
  const { CloudFormationValidatePlugin } = require(path.join(lib, 'core/lib/validation/cloudformation-validate-plugin.js'));
  plugin = new CloudFormationValidatePlugin();
  // the first validation loads what later ones reuse
  plugin.validate({ templatePaths: [process.argv[3]], stackTemplates: [{ stackConstructPath: 'WarmUp', templatePath: process.argv[3] }] });
  send({ ready: { version: plugin.version, ruleIds: plugin.ruleIds } });
} catch (e) {
  send({ error: `the validation engine did not start: ${e.message}` });
  process.exit(1);
}

readline.createInterface({ input: process.stdin, terminal: false }).on('line', (line) => {
  try {
    send({ report: plugin.validate(JSON.parse(line)) });
  } catch (e) {
    send({ error: e.message });
  }
});
