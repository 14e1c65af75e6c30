#!/usr/bin/env node
/**
 * Provides better-sqlite3-multiple-ciphers' native module for Electron's ABI, for `npm start`
 * and `npm run dev` (src/main/native-binding.ts loads it from here).
 *
 * node_modules holds the build for Node (ABI 115: tests, CLI, web shell); Electron 45 needs ABI 150.
 * This script never touches node_modules' own build: it works in a temporary copy of the package
 * and stores the result in .electron-native/<electron version>/better_sqlite3.node, so `npm test`
 * and `npm start` work in either order.
 *
 *   1. No Electron binary installed → explain, point to `npm run web`, exit 1.
 *   2. .electron-native/<version>/better_sqlite3.node exists → done (unless --force).
 *   3. Else `prebuild-install --runtime electron` (downloads the maintainer's prebuilt binary),
 *      falling back to `@electron/rebuild` (compiles against Electron's headers, downloaded too).
 *   4. The result must really be an Electron build (checked by loading it in this Node), then it
 *      is copied into place.
 *
 * Usage: node scripts/electron-native.mjs [--force]
 */
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const PACKAGE = 'better-sqlite3-multiple-ciphers'
const NATIVE_FILE = 'better_sqlite3.node'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const force = process.argv.includes('--force')
const arch = process.env.npm_config_arch || process.arch

const say = (line = '') => console.log(`[electron-native] ${line}`)

function fail(lines, code = 1) {
  console.error(['', ...lines, ''].join('\n'))
  process.exit(code)
}

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'))
}

// --- 1. Is there an Electron binary at all? ------------------------------------------------------

const electronDir = join(root, 'node_modules', 'electron')
if (!existsSync(join(electronDir, 'package.json'))) {
  fail(['The electron package is not installed. Run `npm ci` (or `npm install`) first.'])
}
const electronVersion = readJson(join(electronDir, 'package.json')).version
const electronAbi = readFileSync(join(electronDir, 'abi_version'), 'utf8').trim()

function electronBinary() {
  // Mirrors node_modules/electron/index.js, minus its attempt to download.
  const pathTxt = join(electronDir, 'path.txt')
  const relativePath = existsSync(pathTxt) ? readFileSync(pathTxt, 'utf8').trim() : ''
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH
  if (!override && !relativePath) return null
  const binary = override ? join(override, relativePath || 'electron') : join(electronDir, 'dist', relativePath)
  return existsSync(binary) ? binary : null
}

if (!electronBinary()) {
  fail([
    'DPO Workbench: the desktop app cannot start on this machine.',
    '',
    `  The electron ${electronVersion} npm package is installed, but Electron's binary is not`,
    '  (node_modules/electron/path.txt or node_modules/electron/dist is missing). Electron 45',
    '  downloads it from GitHub on first use, which is not possible or not allowed here.',
    '',
    '  Use the browser shell instead — the same app, served on 127.0.0.1 with a per-launch token:',
    '',
    '      npm run web        (then open the URL it prints)',
    '',
    '  To get the desktop app, on a machine that can reach github.com run',
    '      node node_modules/electron/install.js',
    '  and then `npm start` again.'
  ])
}

// --- 2. Already there? --------------------------------------------------------------------------

const targetDir = join(root, '.electron-native', electronVersion)
const target = join(targetDir, NATIVE_FILE)
if (existsSync(target) && !force) {
  say(`${relative(root, target)} is present (Electron ${electronVersion}, ABI ${electronAbi}).`)
  process.exit(0)
}

// --- 3. Obtain a build in a temporary copy ------------------------------------------------------

const packageDir = join(root, 'node_modules', PACKAGE)
if (!existsSync(join(packageDir, 'package.json'))) fail([`${PACKAGE} is not installed. Run \`npm ci\` first.`])
const packageVersion = readJson(join(packageDir, 'package.json')).version

const work = mkdtempSync(join(tmpdir(), 'dpo-electron-native-'))
const copy = join(work, 'node_modules', PACKAGE)
const built = join(copy, 'build', 'Release', NATIVE_FILE)

/**
 * npm exports every configured setting to the tools it runs, including `nodedir=/usr` from the
 * project's and the machine's .npmrc: node-gyp would then compile against *Node's* headers and
 * produce a module Electron refuses. `--nodedir=` (empty) overrides it for this run.
 */
function npx(args, cwd) {
  const command = process.platform === 'win32' ? 'npx.cmd' : 'npx'
  say(`npx ${args.join(' ')}`)
  const result = spawnSync(command, ['--yes', '--nodedir=', ...args], {
    cwd,
    stdio: 'inherit',
    shell: process.platform === 'win32',
    timeout: 30 * 60_000,
    env: { ...process.env, npm_config_nodedir: '' }
  })
  return result.status === 0
}

/**
 * 'electron' when `file` is a module for Electron's ABI. Loading it in this Node tells: a Node
 * build loads (wrong), an Electron build is refused naming NODE_MODULE_VERSION <electron ABI>.
 * Done in a child process so a bad binary cannot take this script down.
 */
function abiOf(file) {
  const probe = spawnSync(process.execPath, ['-e', 'process.dlopen({ exports: {} }, process.argv[1])', file], { encoding: 'utf8' })
  if (probe.status === 0) return 'node'
  const output = `${probe.stderr}${probe.stdout}`
  if (output.includes(`NODE_MODULE_VERSION ${electronAbi}.`)) return 'electron'
  const other = /NODE_MODULE_VERSION (\d+)\./.exec(output)
  return other ? `abi ${other[1]}` : 'unknown'
}

function attempt(name, run) {
  rmSync(join(copy, 'build'), { recursive: true, force: true })
  if (!run() || !existsSync(built)) {
    say(`${name} did not produce ${NATIVE_FILE}.`)
    return false
  }
  const abi = abiOf(built)
  if (abi === 'electron') return true
  if (abi === 'unknown') {
    // e.g. the module needs symbols only Electron has: cannot be probed from Node, accept it.
    say(`${name}: could not confirm the ABI from Node; accepting the build.`)
    return true
  }
  say(`${name} produced a module for the wrong runtime (${abi}, expected Electron ABI ${electronAbi}); discarded.`)
  return false
}

let method = null
try {
  say(`Preparing ${PACKAGE} ${packageVersion} for Electron ${electronVersion} (ABI ${electronAbi}, ${arch}) in ${work}`)
  cpSync(packageDir, copy, {
    recursive: true,
    // node_modules' own build (for Node) stays out of the copy, so whatever is found afterwards
    // was produced for Electron.
    filter: (source) => {
      const rel = relative(packageDir, source)
      return rel !== 'build' && !rel.startsWith(`build${sep}`)
    }
  })
  writeFileSync(
    join(work, 'package.json'),
    JSON.stringify({ name: 'dpo-electron-native', private: true, dependencies: { [PACKAGE]: packageVersion } }, null, 2)
  )

  if (attempt('prebuild-install', () => npx(['prebuild-install', '--runtime', 'electron', '--target', electronVersion, '--arch', arch, '--verbose'], copy))) {
    method = 'prebuild-install'
  } else if (
    attempt('@electron/rebuild', () =>
      npx(['@electron/rebuild', '--version', electronVersion, '--arch', arch, '--module-dir', work, '--only', PACKAGE, '--force'], work)
    )
  ) {
    method = '@electron/rebuild'
  }

  // --- 4. Put it in place atomically -------------------------------------------------------------
  if (method) {
    mkdirSync(targetDir, { recursive: true })
    const partial = `${target}.${process.pid}.partial`
    cpSync(built, partial)
    renameSync(partial, target)
    writeFileSync(
      join(targetDir, 'source.json'),
      JSON.stringify({ package: PACKAGE, packageVersion, electronVersion, electronAbi, arch, method, createdAt: new Date().toISOString() }, null, 2)
    )
    say(`Wrote ${relative(root, target)} (via ${method}).`)
  }
} finally {
  rmSync(work, { recursive: true, force: true })
}

if (!method) {
  fail([
    `Could not obtain ${PACKAGE}'s native module for Electron ${electronVersion}.`,
    '  prebuild-install downloads a prebuilt binary from github.com; @electron/rebuild needs',
    '  github.com too (its node-gyp fork), Electron\'s headers from artifacts.electronjs.org and a',
    '  C++ toolchain. Neither worked here; see the output above.',
    '  The browser shell does not need it:  npm run web'
  ])
}
