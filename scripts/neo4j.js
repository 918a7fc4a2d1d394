#!/usr/bin/env node
'use strict';
// Local Neo4j Community for newsgraph without Docker: Maven fetches the server jars once, then
// org.neo4j.server.CommunityEntryPoint runs straight off that classpath. CLI: see HELP below.
// Module: { install, start, stop, status, ensureRunning, connectionInfo }, all async, all taking
// { env, dir, version, boltPort, httpPort, heap, pagecache, startTimeout, log, quiet } (all optional).

const fs = require('fs');
const path = require('path');
const os = require('os');
const net = require('net');
const { randomInt } = require('crypto');
const { spawn, spawnSync, execFile } = require('child_process');

const ROOT = path.resolve(__dirname, '..');
const DEFAULT_VERSION = '5.26.31';
const BROWSER_VERSION = '5.24.0';
const DEP_PLUGIN = 'org.apache.maven.plugins:maven-dependency-plugin:3.8.1'; // full name: no plugin-prefix lookup, no ancient default
const MARK = '=== scripts/neo4j.js start';
// eslint-disable-next-line no-control-regex -- Maven 3.8 colours its errors even in batch mode
const ANSI = /\x1b\[[0-9;]*m/g;
// What Neo4j's own launcher passes from its default neo4j.conf. The entry point runs inside this JVM,
// so it cannot apply server.memory.heap.* itself: -Xms/-Xmx are added at spawn.
const JVM_FLAGS = `-XX:+UseG1GC -XX:-OmitStackTraceInFastThrow -XX:+UnlockExperimentalVMOptions -XX:+TrustFinalNonStaticFields
  -XX:+DisableExplicitGC -XX:+ExitOnOutOfMemoryError -Djdk.nio.maxCachedBufferSize=1024 -Dio.netty.tryReflectionSetAccessible=true
  -Dlog4j2.disable.jmx=true --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --enable-native-access=ALL-UNNAMED`.split(/\s+/);

// An expected failure: the CLI prints its one-line message (what is wrong, how to fix it), no stack.
class Neo4jError extends Error {
  constructor(msg, exitCode = 1) {
    super(msg);
    this.exitCode = exitCode;
  }
}

function port(value, fallback, name) {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 65535) throw new Neo4jError(`${name}=${value} is not a valid port (1-65535)`);
  return n;
}

// The one form that both -Xmx and neo4j.conf accept.
function size(value, name) {
  if (!/^\d+[kmgKMG]?$/.test(value)) throw new Neo4jError(`${name}=${value} is not a size like 512m or 2g`);
  return value;
}

function settings(o = {}) {
  if (o.resolved) return o;
  const env = o.env || process.env;
  const dir = path.resolve(o.dir || env.NEWSGRAPH_NEO4J_DIR || path.join(ROOT, '.neo4j'));
  const timeout = Number(o.startTimeout || env.NEO4J_START_TIMEOUT || 90);
  if (!(timeout > 0)) throw new Neo4jError(`NEO4J_START_TIMEOUT=${env.NEO4J_START_TIMEOUT} is not a number of seconds`);
  return {
    resolved: true,
    env,
    dir,
    timeoutMs: timeout * 1000,
    version: o.version || env.NEO4J_VERSION || DEFAULT_VERSION,
    boltPort: port(o.boltPort ?? env.NEO4J_BOLT_PORT, 7687, 'NEO4J_BOLT_PORT'),
    httpPort: port(o.httpPort ?? env.NEO4J_HTTP_PORT, 7474, 'NEO4J_HTTP_PORT'),
    heap: size(o.heap || env.NEO4J_HEAP || '1g', 'NEO4J_HEAP'),
    pagecache: size(o.pagecache || env.NEO4J_PAGECACHE || '512m', 'NEO4J_PAGECACHE'),
    log: o.log || (o.quiet ? () => {} : (m) => console.error(m)), // stderr: keeps test reporters' stdout clean
    lib: path.join(dir, 'lib'),
    conf: path.join(dir, 'conf'),
    pwFile: path.join(dir, 'password'),
    pidFile: path.join(dir, 'run', 'neo4j.pid'),
    consoleLog: path.join(dir, 'logs', 'console.log'),
  };
}

const secs = (t0) => `${((Date.now() - t0) / 1000).toFixed(1)} s`;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const readText = (f) => {
  try {
    return fs.readFileSync(f, 'utf8');
  } catch {
    return null;
  }
};

// A zombie counts as dead: its /proc cmdline reads empty, and this machine's init reaps slowly (~2 s).
function alive(pid) {
  try {
    process.kill(pid, 0);
  } catch (e) {
    if (e.code !== 'EPERM') return false;
  }
  return !/^\d+ \(.*\) Z/.test(readText(`/proc/${pid}/stat`) || '');
}

function tail(file, n, thisRunOnly) {
  const text = readText(file) || '';
  return (thisRunOnly ? text.slice(Math.max(0, text.lastIndexOf(MARK))) : text).trimEnd().split('\n').slice(-n).join('\n');
}

const run = (cmd, args, opts) =>
  new Promise((resolve) =>
    execFile(cmd, args, { ...opts, maxBuffer: 1 << 26 }, (e, stdout, stderr) =>
      resolve({ code: e ? (typeof e.code === 'number' ? e.code : -1) : 0, out: `${stdout}${stderr}` || (e ? e.message : '') }),
    ),
  );

function javaCmd(s) {
  const java = s.env.JAVA_HOME ? path.join(s.env.JAVA_HOME, 'bin', 'java') : 'java';
  const r = spawnSync(java, ['-version'], { encoding: 'utf8', env: s.env });
  const m = /version "(\d+)(?:\.(\d+))?/.exec(`${r.stderr}${r.stdout}`);
  const fix = 'install OpenJDK 17 (Debian: apt-get install openjdk-17-jre-headless) or set JAVA_HOME';
  if (r.error || !m) throw new Neo4jError(`Java 17 not found ${s.env.JAVA_HOME ? `at JAVA_HOME=${s.env.JAVA_HOME}` : 'on PATH'}: ${fix}`);
  const major = Number(m[1] === '1' ? m[2] : m[1]);
  if (major < 17) throw new Neo4jError(`Java ${major} found (${java}) but Neo4j 5 needs Java 17 or 21: ${fix}`);
  return java;
}

// Two test workers may call ensureRunning() at once: one install/start at a time per folder.
async function locked(s, fn) {
  const lock = path.join(s.dir, 'run', 'start.lock');
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  for (const t0 = Date.now(); ;) {
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });
      break;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
    }
    const holder = Number(readText(lock));
    if (holder && !alive(holder)) fs.rmSync(lock, { force: true });
    else if (Date.now() - t0 > s.timeoutMs + 120000)
      throw new Neo4jError(`${lock} is held by pid ${holder}: wait for it, or delete the file if that process is gone`);
    else await sleep(200);
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(lock, { force: true });
  }
}

function isInstalled(s) {
  try {
    return (
      JSON.parse(readText(path.join(s.dir, 'install.json'))).version === s.version && fs.readdirSync(s.lib).some((f) => f.endsWith('.jar'))
    );
  } catch {
    return false;
  }
}

async function install(options) {
  const s = settings(options);
  return isInstalled(s) ? doInstall(s) : locked(s, () => doInstall(s));
}

async function doInstall(s) {
  if (isInstalled(s)) {
    s.log(`Neo4j ${s.version} already installed in ${s.dir}`);
    return { installed: false, dir: s.dir };
  }
  const t0 = Date.now();
  javaCmd(s);
  if (spawnSync('mvn', ['-v'], { env: s.env }).error)
    throw new Neo4jError(
      'Maven not found on PATH: install Maven 3 (Debian: apt-get install maven); it downloads the Neo4j jars from Maven Central',
    );
  s.log(`Installing Neo4j ${s.version} into ${s.dir} (Maven, ~125 MB) ...`);
  fs.mkdirSync(s.dir, { recursive: true });
  fs.writeFileSync(path.join(s.dir, '.gitignore'), '*\n'); // ignored whatever the repo's .gitignore says
  const dep = (g, a, v) => `<dependency><groupId>${g}</groupId><artifactId>${a}</artifactId><version>${v}</version></dependency>`;
  const pom = `<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <groupId>newsgraph</groupId><artifactId>neo4j-runtime</artifactId><version>1</version><packaging>pom</packaging>
  <dependencies>${dep('org.neo4j', 'neo4j', s.version)}${dep('org.neo4j.client', 'neo4j-browser', BROWSER_VERSION)}</dependencies>
</project>\n`;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-neo4j-'));
  const staging = `${s.lib}.partial`; // an interrupted download must never look like an install
  fs.rmSync(staging, { recursive: true, force: true });
  try {
    fs.writeFileSync(path.join(tmp, 'pom.xml'), pom);
    const goal = [`${DEP_PLUGIN}:copy-dependencies`, '-DincludeScope=runtime', `-DoutputDirectory=${staging}`];
    const r = await run('mvn', ['-q', '-B', '-f', path.join(tmp, 'pom.xml'), ...goal], { cwd: tmp, env: s.env });
    if (r.code !== 0) {
      const lines = r.out.replace(ANSI, '').trim().split('\n');
      const errors = lines.filter((l) => /^\[ERROR\] \S/.test(l) && !/^\[ERROR\] \[Help|-[eX] switch|For more information/.test(l));
      s.log((errors.length ? errors : lines).slice(-15).join('\n'));
      throw new Neo4jError(
        `Maven could not fetch org.neo4j:neo4j:${s.version} (exit ${r.code}, output above): check that Maven Central is reachable (proxy settings go in ~/.m2/settings.xml) and that NEO4J_VERSION is a published version`,
      );
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  fs.rmSync(s.lib, { recursive: true, force: true });
  fs.renameSync(staging, s.lib);
  const jars = fs.readdirSync(s.lib).filter((f) => f.endsWith('.jar')).length;
  fs.writeFileSync(
    path.join(s.dir, 'install.json'),
    `${JSON.stringify({ version: s.version, browser: BROWSER_VERSION, jars, time: new Date().toISOString() }, null, 2)}\n`,
  );
  s.log(`Installed Neo4j ${s.version} (${jars} jars) in ${secs(t0)}`);
  return { installed: true, dir: s.dir };
}

// Rewritten on every start so env changes apply. Names are checked: strict validation rejects typos.
function writeConfig(s) {
  const d = (sub) => path.join(s.dir, sub);
  const lines = [
    '# Written by scripts/neo4j.js on every start: change the env vars, not this file.',
    'server.default_listen_address=127.0.0.1',
    'server.default_advertised_address=127.0.0.1',
    'server.bolt.enabled=true',
    `server.bolt.listen_address=127.0.0.1:${s.boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${s.boltPort}`,
    'server.http.enabled=true',
    `server.http.listen_address=127.0.0.1:${s.httpPort}`,
    `server.http.advertised_address=127.0.0.1:${s.httpPort}`,
    'server.https.enabled=false',
    'dbms.security.auth_enabled=true',
    'dbms.usage_report.enabled=false',
    `server.memory.heap.initial_size=${s.heap}`,
    `server.memory.heap.max_size=${s.heap}`,
    `server.memory.pagecache.size=${s.pagecache}`,
    'db.tx_log.rotation.retention_policy=2 files',
    '# Bolt otherwise idles 5 s in shutdown after the databases are already closed.',
    'internal.server.bolt.thread_pool_shutdown_wait_time=1s',
    ...['data', 'logs', 'run', 'lib', 'plugins', 'import', 'licenses'].map((k) => `server.directories.${k}=${d(k)}`),
    `server.directories.dumps.root=${d('data/dumps')}`,
    `server.directories.transaction.logs.root=${d('data/transactions')}`,
  ];
  for (const sub of ['conf', 'data', 'logs', 'run', 'plugins', 'import', 'licenses']) fs.mkdirSync(d(sub), { recursive: true });
  fs.writeFileSync(path.join(s.conf, 'neo4j.conf'), `${lines.join('\n')}\n`);
}

// Neo4j takes a password only before its first start (neo4j-admin dbms set-initial-password);
// the file records the one this database was created with.
const storedPassword = (s) => (readText(s.pwFile) || '').trim() || null;
const initialised = (s) => fs.existsSync(path.join(s.dir, 'data', 'databases', 'system'));

function localPassword(s, create) {
  const pw = s.env.NEO4J_PASSWORD || storedPassword(s);
  if (pw || !create) return pw;
  const abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const made = Array.from({ length: 24 }, () => abc[randomInt(abc.length)]).join('');
  fs.mkdirSync(s.dir, { recursive: true });
  fs.writeFileSync(s.pwFile, `${made}\n`, { mode: 0o600 });
  return made;
}

async function preparePassword(s, java) {
  if (initialised(s)) {
    const pw = localPassword(s, false);
    if (!pw)
      throw new Neo4jError(
        `${s.pwFile} is missing but ${s.dir}/data already exists: set NEO4J_PASSWORD to its password, or delete ${s.dir}/data to start afresh`,
      );
    return pw;
  }
  const pw = localPassword(s, true);
  fs.writeFileSync(s.pwFile, `${pw}\n`, { mode: 0o600 });
  fs.chmodSync(s.pwFile, 0o600);
  const r = await run(java, ['-cp', path.join(s.lib, '*'), 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', pw], {
    env: { ...s.env, NEO4J_HOME: s.dir, NEO4J_CONF: s.conf },
  });
  if (r.code !== 0) throw new Neo4jError(`neo4j-admin dbms set-initial-password failed: ${r.out.trim().split('\n').pop()}`);
  return pw;
}

function rejectedPassword(s) {
  const stored = storedPassword(s);
  return s.env.NEO4J_PASSWORD && stored && s.env.NEO4J_PASSWORD !== stored
    ? `NEO4J_PASSWORD differs from the password this database was created with (${s.pwFile}); the initial password can only be set before the first start: unset NEO4J_PASSWORD to use the stored one, or delete ${s.dir}/data to recreate the database`
    : `Neo4j rejected the password ${s.env.NEO4J_PASSWORD ? 'in NEO4J_PASSWORD' : `stored in ${s.pwFile}`} (changed with ALTER USER?): set NEO4J_PASSWORD to the current one, or delete ${s.dir}/data to recreate the database`;
}

const tcpOpen = (host, p, ms = 1000) =>
  new Promise((resolve) => {
    const sock = net.connect({ host, port: p });
    const done = (ok) => {
      sock.destroy();
      resolve(ok);
    };
    sock
      .setTimeout(ms, () => done(false))
      .once('connect', () => done(true))
      .once('error', () => done(false));
  });

const portFree = (p) =>
  new Promise((resolve) => {
    const srv = net.createServer().once('error', () => resolve(false));
    srv.listen(p, '127.0.0.1', () => srv.close(() => resolve(true)));
  });

// Bolt accepting connections is not enough (databases come up later): run a real query with our password.
async function probe(s, password) {
  if (!(await tcpOpen('127.0.0.1', s.boltPort))) return 'no';
  try {
    const res = await fetch(`http://127.0.0.1:${s.httpPort}/db/neo4j/tx/commit`, {
      method: 'POST',
      signal: AbortSignal.timeout(5000),
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        Authorization: `Basic ${Buffer.from(`neo4j:${password}`).toString('base64')}`,
      },
      body: JSON.stringify({ statements: [{ statement: 'RETURN 1' }] }),
    });
    if (res.status === 401) return 'unauthorized';
    const body = await res.json();
    return res.status === 200 && body.errors.length === 0 ? 'ok' : 'no';
  } catch {
    return 'no';
  }
}

// A pid counts only while it is still our java (pids get reused). Without /proc (macOS) the pid file is trusted.
function ourJava(s, pid) {
  const cmd = readText(`/proc/${pid}/cmdline`);
  return alive(pid) && (cmd === null ? !fs.existsSync('/proc') : cmd.includes(`--home-dir=${s.dir}\0`));
}

function runningPid(s) {
  const pid = Number(readText(s.pidFile));
  if (pid && ourJava(s, pid)) return pid;
  // The pid file can get lost (a start killed mid-way, a deleted file): find our java by its command line.
  const found =
    fs.existsSync('/proc') &&
    fs
      .readdirSync('/proc')
      .map(Number)
      .find((p) => p && ourJava(s, p));
  if (found) {
    fs.mkdirSync(path.dirname(s.pidFile), { recursive: true });
    fs.writeFileSync(s.pidFile, `${found}\n`);
  }
  return found || null;
}

function external(s) {
  const uri = s.env.NEO4J_URI;
  if (!uri) return null;
  let u;
  try {
    u = new URL(uri);
  } catch {
    throw new Neo4jError(`NEO4J_URI=${uri} is not a URI like bolt://host:7687`);
  }
  const host = u.hostname.replace(/^\[|\]$/g, '');
  const p = Number(u.port || 7687);
  return { uri, host, port: p, local: ['127.0.0.1', 'localhost', '::1'].includes(host) && p === s.boltPort };
}

async function connectionInfo(options) {
  const s = settings(options);
  const ext = external(s);
  const remote = ext && !ext.local;
  return {
    uri: ext ? ext.uri : `bolt://127.0.0.1:${s.boltPort}`,
    user: s.env.NEO4J_USER || 'neo4j',
    password: remote ? s.env.NEO4J_PASSWORD || null : localPassword(s, true),
    httpUrl:
      s.env.NEO4J_HTTP_URL ||
      (remote ? `http://${ext.host}:${port(s.env.NEO4J_HTTP_PORT, 7474, 'NEO4J_HTTP_PORT')}` : `http://127.0.0.1:${s.httpPort}`),
  };
}

// A server we spawned is stopped again when it fails to come up; one someone else started is left alone.
async function waitReady(s, pid, password, t0, ours) {
  for (;;) {
    const state = await probe(s, password);
    if (state === 'ok') return;
    const why =
      state === 'unauthorized'
        ? rejectedPassword(s)
        : !alive(pid)
          ? `Neo4j exited during startup (see above; full logs: ${s.consoleLog}, ${s.dir}/logs/debug.log)`
          : Date.now() - t0 > s.timeoutMs
            ? `Neo4j did not answer on Bolt ${s.boltPort} within ${s.timeoutMs / 1000} s (raise NEO4J_START_TIMEOUT; log: ${s.consoleLog})`
            : null;
    if (why) {
      if (state !== 'unauthorized') s.log(`--- last 30 lines of ${s.consoleLog} ---\n${tail(s.consoleLog, 30, true)}\n---`);
      if (ours && alive(pid)) await doStop({ ...s, log: () => {} });
      throw new Neo4jError(why);
    }
    await sleep(250);
  }
}

async function start(options) {
  const s = settings(options);
  const t0 = Date.now();
  const ext = external(s);
  if (ext && !(ext.local && runningPid(s))) {
    if (await tcpOpen(ext.host, ext.port, 3000)) {
      s.log(`using existing Neo4j at ${ext.uri}`);
      return { ...(await connectionInfo(s)), startedByUs: false };
    }
    if (!ext.local)
      throw new Neo4jError(`NEO4J_URI=${ext.uri} is not reachable: start that server, or unset NEO4J_URI to use the local one`);
  }
  return locked(s, () => startLocal(s, t0));
}

async function startLocal(s, t0) {
  const pid = runningPid(s);
  if (pid) {
    // possibly still booting, started by another process: wait for it rather than start a second one
    const conf = readText(path.join(s.conf, 'neo4j.conf')) || '';
    if (!conf.includes(`listen_address=127.0.0.1:${s.boltPort}\n`) || !conf.includes(`listen_address=127.0.0.1:${s.httpPort}\n`)) {
      throw new Neo4jError(
        `Neo4j is already running (pid ${pid}) on other ports than NEO4J_BOLT_PORT/NEO4J_HTTP_PORT now say (see ${s.conf}/neo4j.conf): run scripts/neo4j.js stop first`,
      );
    }
    await waitReady(s, pid, localPassword(s, false), t0, false);
    s.log(`Neo4j already running (pid ${pid}) at bolt://127.0.0.1:${s.boltPort}`);
    return { ...(await connectionInfo(s)), startedByUs: false };
  }
  for (const [p, name, v] of [
    [s.boltPort, 'Bolt', 'NEO4J_BOLT_PORT'],
    [s.httpPort, 'HTTP', 'NEO4J_HTTP_PORT'],
  ]) {
    if (!(await portFree(p)))
      throw new Neo4jError(
        `port ${p} (${name}) on 127.0.0.1 is already in use by another program: stop it, set ${v} to a free port, or set NEO4J_URI to use a Neo4j already running there`,
      );
  }
  if (!isInstalled(s)) await doInstall(s);
  const java = javaCmd(s);
  writeConfig(s);
  const password = await preparePassword(s, java);
  const logfd = fs.openSync(s.consoleLog, 'a');
  fs.writeSync(logfd, `\n${MARK} ${new Date().toISOString()} ===\n`);
  const args = [`-Xms${s.heap}`, `-Xmx${s.heap}`, ...JVM_FLAGS, '-cp', path.join(s.lib, '*'), 'org.neo4j.server.CommunityEntryPoint'];
  args.push(`--home-dir=${s.dir}`, `--config-dir=${s.conf}`, '--console-mode');
  const env = { ...s.env, NEO4J_HOME: s.dir, NEO4J_CONF: s.conf };
  const child = spawn(java, args, { cwd: s.dir, detached: true, stdio: ['ignore', logfd, logfd], env });
  fs.closeSync(logfd);
  child.unref();
  fs.writeFileSync(s.pidFile, `${child.pid}\n`);
  s.log(`Starting Neo4j ${s.version} (pid ${child.pid}, heap ${s.heap}, page cache ${s.pagecache}) ...`);
  await waitReady(s, child.pid, password, t0, true);
  s.log(`Neo4j ready in ${secs(t0)}: bolt://127.0.0.1:${s.boltPort}, Browser http://127.0.0.1:${s.httpPort}/browser/`);
  return { ...(await connectionInfo(s)), startedByUs: true };
}

const ensureRunning = (options) => start(options);

async function stop(options) {
  const s = settings(options); // under the lock, so a concurrent start's fresh pid file is never deleted
  return locked(s, () => doStop(s));
}

async function doStop(s) {
  const pid = runningPid(s);
  if (!pid) {
    fs.rmSync(s.pidFile, { force: true });
    s.log('Neo4j is not running');
    return { stopped: false };
  }
  const t0 = Date.now();
  process.kill(pid, 'SIGTERM'); // Neo4j checkpoints and shuts down cleanly on SIGTERM
  while (alive(pid) && Date.now() - t0 < 30000) await sleep(200);
  if (alive(pid)) {
    s.log(`Neo4j (pid ${pid}) ignored SIGTERM for 30 s: killing it`);
    process.kill(pid, 'SIGKILL');
  }
  while (alive(pid)) await sleep(100);
  fs.rmSync(s.pidFile, { force: true });
  s.log(`Neo4j stopped (pid ${pid}) in ${secs(t0)}`);
  return { stopped: true, pid };
}

async function status(options) {
  const s = settings(options);
  const pid = runningPid(s);
  const state = pid ? await probe(s, localPassword(s, false) || '') : 'no';
  const info = {
    running: Boolean(pid),
    ready: state === 'ok',
    pid,
    installed: isInstalled(s),
    version: s.version,
    dir: s.dir,
    uri: `bolt://127.0.0.1:${s.boltPort}`,
    httpUrl: `http://127.0.0.1:${s.httpPort}`,
  };
  const how = { ok: '', unauthorized: ', but it rejects our password', no: ', not answering queries yet' }[state];
  s.log(`Neo4j ${s.version}: ${pid ? `running (pid ${pid})${how}` : 'stopped'}${info.installed ? '' : ' (not installed)'}`);
  s.log(`  bolt: ${info.uri}\n  http: ${info.httpUrl}  (Browser: ${info.httpUrl}/browser/)\n  dir:  ${s.dir}`);
  const ext = external(s);
  if (ext && !ext.local) s.log(`  note: NEO4J_URI=${ext.uri} is set, so the app uses that server instead`);
  return info;
}

const HELP = `Usage: scripts/neo4j.js <command>
  install   download the Neo4j ${DEFAULT_VERSION} jars with Maven (instant when already there)
  start     install if needed, start in the background, wait until it answers queries
  stop      stop the local Neo4j (harmless when stopped)
  status    running/stopped, pid, URIs (exit 0 running, 3 stopped)
  env       print NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD lines: eval "$(scripts/neo4j.js env)"
  logs [N]  last N (default 50) lines of the console log
Env: NEWSGRAPH_NEO4J_DIR (default <repo>/.neo4j), NEO4J_VERSION, NEO4J_BOLT_PORT (7687), NEO4J_HTTP_PORT (7474),
  NEO4J_HEAP (1g), NEO4J_PAGECACHE (512m), NEO4J_START_TIMEOUT (90 s), NEO4J_PASSWORD (first start only),
  NEO4J_URI / NEO4J_USER / NEO4J_HTTP_URL (use a server that is already running), JAVA_HOME`;

async function main([cmd, arg]) {
  const o = { log: (m) => console.log(m) };
  const shq = (v) => (/^[\w@%+=:,./-]*$/.test(v) ? v : `'${v.replace(/'/g, "'\\''")}'`);
  switch (cmd) {
    case 'install':
      await install(o);
      return 0;
    case 'start':
      await start(o);
      return 0;
    case 'stop':
      await stop(o);
      return 0;
    case 'status':
      return (await status(o)).running ? 0 : 3;
    case 'env': {
      const c = await connectionInfo(o);
      console.log(`NEO4J_URI=${shq(c.uri)}\nNEO4J_USER=${shq(c.user)}\nNEO4J_PASSWORD=${shq(c.password || '')}`);
      return 0;
    }
    case 'logs': {
      const { consoleLog } = settings(o);
      if (!fs.existsSync(consoleLog)) throw new Neo4jError(`no log yet at ${consoleLog}: run scripts/neo4j.js start first`);
      console.log(tail(consoleLog, Number(arg) || 50));
      return 0;
    }
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      console.log(HELP);
      return cmd ? 0 : 2;
    default:
      throw new Neo4jError(`unknown command "${cmd}": use install, start, stop, status, env or logs (--help)`, 2);
  }
}

module.exports = { install, start, stop, status, ensureRunning, connectionInfo };

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      console.error(e instanceof Neo4jError ? `neo4j: ${e.message}` : e);
      process.exitCode = e instanceof Neo4jError ? e.exitCode : 1;
    },
  );
}
