// Installs the pinned @cdklabs/cdk-validator-cfnguard (cfn-guard binary + Control Tower guard rules) with `npm ci`
// unless node_modules already holds exactly that version. Run by the app module's Maven build
// (generate-test-resources); plain Node, no dependencies. .npmrc skips the package's aws-cdk-lib peer: only the
// binary and the rules are used, never its CDK plugin.
'use strict';
const fs = require('fs');
const path = require('path');
const { execSync } = require('child_process');

const here = __dirname;
const name = '@cdklabs/cdk-validator-cfnguard';
const pinned = require(path.join(here, 'package.json')).dependencies[name];
const installedManifest = path.join(here, 'node_modules', name, 'package.json');

function installedVersion() {
  try {
    return JSON.parse(fs.readFileSync(installedManifest, 'utf8')).version;
  } catch (e) {
    return null;
  }
}

const before = installedVersion();
if (before === pinned) {
  console.log(`${name} ${pinned} already installed in ${path.join(here, 'node_modules')}`);
  process.exit(0);
}
console.log(`installing ${name} ${pinned} (found: ${before ?? 'none'}) with npm ci`);
execSync('npm ci --no-audit --no-fund', { cwd: here, stdio: 'inherit' });
const after = installedVersion();
if (after !== pinned) {
  console.error(`npm ci installed ${name} ${after}, but package.json pins ${pinned}`);
  process.exit(1);
}
