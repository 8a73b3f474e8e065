// Installs the pinned aws-cdk CLI with `npm ci` unless node_modules already holds exactly that version.
// Run by the deploy module's Maven build (generate-resources); plain Node, no dependencies.
'use strict';
const fs = require('fs');
const path = require('path');
const { execSync } = require('child_process');

const here = __dirname;
const pinned = require(path.join(here, 'package.json')).dependencies['aws-cdk'];
const installedManifest = path.join(here, 'node_modules', 'aws-cdk', 'package.json');
const bin = path.join(here, 'node_modules', '.bin', process.platform === 'win32' ? 'cdk.cmd' : 'cdk');

function installedVersion() {
  try {
    return JSON.parse(fs.readFileSync(installedManifest, 'utf8')).version;
  } catch (e) {
    return null;
  }
}

const before = installedVersion();
if (before === pinned && fs.existsSync(bin)) {
  console.log(`aws-cdk ${pinned} already installed in ${path.join(here, 'node_modules')}`);
  process.exit(0);
}
console.log(`installing aws-cdk ${pinned} (found: ${before ?? 'none'}) with npm ci`);
execSync('npm ci --no-audit --no-fund', { cwd: here, stdio: 'inherit' });
const after = installedVersion();
if (after !== pinned) {
  console.error(`npm ci installed aws-cdk ${after}, but package.json pins ${pinned}`);
  process.exit(1);
}
