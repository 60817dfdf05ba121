// Run after any change of dependencies: node scripts/fix-lockfile.cjs package-lock.json
// The registry reachable here only carries the linux-x64 DuckDB bindings, so npm leaves the other
// platforms' optional packages out of the lockfile and `npm ci` then refuses it. Record them as
// the optional, platform-bound packages they are; npm skips them on any other platform.
const fs = require('fs');
const path = process.argv[2];
const lock = JSON.parse(fs.readFileSync(path, 'utf8'));
const platforms = {
  'darwin-arm64': { os: ['darwin'], cpu: ['arm64'] },
  'darwin-x64': { os: ['darwin'], cpu: ['x64'] },
  'linux-arm64': { os: ['linux'], cpu: ['arm64'], libc: ['glibc'] },
  'linux-arm64-musl': { os: ['linux'], cpu: ['arm64'], libc: ['musl'] },
  'win32-arm64': { os: ['win32'], cpu: ['arm64'] },
  'win32-x64': { os: ['win32'], cpu: ['x64'] },
};
const version = lock.packages['node_modules/@duckdb/node-bindings'].version;
for (const [name, spec] of Object.entries(platforms)) {
  const key = `node_modules/@duckdb/node-bindings-${name}`;
  if (lock.packages[key]) continue;
  lock.packages[key] = { version, cpu: spec.cpu, ...(spec.libc ? { libc: spec.libc } : {}), license: 'MIT', optional: true, os: spec.os };
}
fs.writeFileSync(path, JSON.stringify(lock, null, 2) + '\n');
