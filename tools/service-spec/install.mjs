// Runs `npm ci` here unless node_modules already holds exactly what package-lock.json pins, so that repeated Maven
// builds do not reinstall. The marker records the hash of the lock file that the last successful `npm ci` installed.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const marker = join(here, 'node_modules', '.regionstack-installed');
const lockHash = createHash('sha256').update(readFileSync(join(here, 'package-lock.json'))).digest('hex');

if (existsSync(marker) && readFileSync(marker, 'utf-8') === lockHash) {
  console.log('service-spec: node_modules up to date, npm ci skipped');
  process.exit(0);
}
const npm = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: here, stdio: 'inherit', shell: process.platform === 'win32' });
if (npm.status !== 0) {
  console.error(`service-spec: npm ci failed (${npm.error ?? `exit ${npm.status}`})`);
  process.exit(npm.status || 1);
}
writeFileSync(marker, lockHash);
