// Packing the publishable packages as npm would publish them, and installing the tarballs into an empty project
// the way a partner's `npm install` does (third-party dependencies come from the registry). Shared by
// scripts/pack-check.mjs and scripts/sandbox-cli-check.mjs.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');

/** `pnpm pack`s each package (`workspace:` ranges become versions) into `work`; returns `{ '@jrmc/x': 'file:…tgz' }`. */
export function packTarballs(names, work) {
  for (const name of names) execFileSync('pnpm', ['pack', '--pack-destination', work], { cwd: join(ROOT, 'packages', name), stdio: 'ignore' });
  const tarballs = {};
  for (const file of readdirSync(work)) {
    const match = /^jrmc-([a-z]+)-\d.*\.tgz$/.exec(file);
    if (match && names.includes(match[1])) tarballs[`@jrmc/${match[1]}`] = `file:${join(work, file)}`;
  }
  const missing = names.filter((name) => !tarballs[`@jrmc/${name}`]);
  if (missing.length) throw new Error(`pnpm pack left no tarball for ${missing.join(', ')}`);
  return tarballs;
}

/** Writes a project depending on `dependencies` into `work` and installs it with npm, install scripts skipped. */
export function installProject(work, dependencies) {
  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'packed-install', private: true, type: 'module', dependencies }, null, 2));
  execFileSync('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: work, stdio: 'inherit' });
}

/**
 * better-sqlite3's native module, as a partner's install provides it. On a partner's machine its install
 * script downloads the prebuilt binary for their Node; this network reaches only the npm registry, so the
 * binary is either compiled here (`compile: true`, minutes on a busy machine, against Debian's Node headers) or,
 * when the installed version is the very one this workspace compiled for this Node, that same file is reused.
 */
export function provideSqliteBinary(work, { compile = false } = {}) {
  const installed = join(work, 'node_modules', 'better-sqlite3');
  const version = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')).version;
  const workspace = realpathSync(join(ROOT, 'packages', 'sandbox', 'node_modules', 'better-sqlite3'));
  const workspaceVersion = JSON.parse(readFileSync(join(workspace, 'package.json'), 'utf8')).version;
  const built = join(workspace, 'build', 'Release', 'better_sqlite3.node');
  if (!compile && version === workspaceVersion && existsSync(built)) {
    const target = join(installed, 'build', 'Release', 'better_sqlite3.node');
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(built, target);
    return `reused this workspace's better-sqlite3 ${version} binary`;
  }
  const nodedir = existsSync('/usr/include/node/node.h') ? { npm_config_nodedir: '/usr' } : {};
  execFileSync('npm', ['rebuild', 'better-sqlite3', '--loglevel=error'], { cwd: work, stdio: 'inherit', env: { ...process.env, ...nodedir } });
  return `compiled better-sqlite3 ${version}`;
}
