/**
 * What the browser finders share (`chrome.mjs`, `firefox.mjs`): looking for an executable by an
 * environment variable, names on $PATH and usual install paths, and installing Debian packages
 * with apt-get when running as root.
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { spawnSync } from 'node:child_process';

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The first executable of: `env[variable]`, each of `names` in each folder of $PATH, `paths`.
 * @returns {string | undefined}
 */
export function findExecutable(variable, names, paths, env = process.env) {
  if (env[variable] && isExecutable(env[variable])) return env[variable];
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    for (const name of names) {
      const candidate = join(dir, name);
      if (dir && isExecutable(candidate)) return candidate;
    }
  }
  return paths.find(isExecutable);
}

/**
 * Installs Debian `packages` with apt-get (quietly, saying so on stderr) when running as root on
 * a machine that has apt-get.
 * @returns {{ ok: true } | { ok: false, why: string }}
 */
export function aptInstall(packages, what) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const apt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0;
  if (!root || !apt) return { ok: false, why: root ? 'no apt-get' : 'not root' };
  console.error(`sitrep: no ${what} found; installing Debian's "${packages[0]}" with apt-get …`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  if (update.status !== 0) return { ok: false, why: `apt-get update exited with ${update.status}` };
  const install = spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: ['ignore', 'ignore', 'inherit'], env });
  return install.status === 0 ? { ok: true } : { ok: false, why: `apt-get install exited with ${install.status}` };
}
