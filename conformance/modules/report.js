// Loads every root of the module corpus with `cloudwright graph ROOT --format architecture` and reports, per root
// and in total: whether it loaded (exit 0), managed instances, placeholder instances (a count or for_each not known
// offline, `[?]` in the address), instances left unmodelled (counted by type; reported, never a failure) and instances the
// architecture output does not account for.
// Usage: node report.js ROOTS_DIR --jar JAR [--max-placeholders PERCENT] [--jobs N] [--verbose] [NAME...]
'use strict';
const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');

function args() {
  const a = { roots: null, jar: null, maxPlaceholders: 4, jobs: 2, verbose: false, only: [] };
  const v = process.argv.slice(2);
  for (let i = 0; i < v.length; i++) {
    if (v[i] === '--jar') a.jar = v[++i];
    else if (v[i] === '--max-placeholders') a.maxPlaceholders = Number(v[++i]);
    else if (v[i] === '--jobs') a.jobs = Number(v[++i]);
    else if (v[i] === '--verbose') a.verbose = true;
    else if (!a.roots) a.roots = v[i];
    else a.only.push(v[i]);
  }
  if (!a.roots || !a.jar) throw new Error('usage: node report.js ROOTS_DIR --jar JAR [--max-placeholders PERCENT] [--jobs N] [--verbose] [NAME...]');
  return a;
}

/** Runs the graph command on one root; resolves to { code, stdout, stderr, ms }. */
function graph(jar, dir) {
  return new Promise((resolve) => {
    const t0 = Date.now();
    const p = spawn('java', ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-Xshare:auto', '-jar', jar,
      'graph', dir, '--format', 'architecture'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    p.stdout.on('data', (d) => out.push(d));
    p.stderr.on('data', (d) => err.push(d));
    p.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'),
      stderr: Buffer.concat(err).toString('utf8'), ms: Date.now() - t0 }));
  });
}

async function pool(items, jobs, fn) {
  const results = new Array(items.length);
  let next = 0;
  async function worker() {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, jobs) }, worker));
  return results;
}

/** The root's figures from the architecture document (null when it did not load or print one). */
function figures(run) {
  if (run.code !== 0) return null;
  let doc;
  try {
    doc = JSON.parse(run.stdout);
  } catch (e) {
    return null;
  }
  const r = doc.resources || {};
  return {
    managed: r.managed,
    placeholders: r.placeholders,
    unaccounted: r.unaccounted,
    unmodelled: r.unmodelled,
    components: (doc.architecture && doc.architecture.components || []).length,
    unmodelledTypes: doc.unmodelled_resources || {},
  };
}

function pad(s, n) {
  s = String(s);
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

function lpad(s, n) {
  s = String(s);
  return s.length >= n ? s : ' '.repeat(n - s.length) + s;
}

async function main() {
  const a = args();
  const names = fs.readdirSync(a.roots, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()
    .filter((n) => a.only.length === 0 || a.only.includes(n));
  const t0 = Date.now();
  const runs = await pool(names, a.jobs, (n) => graph(a.jar, path.join(a.roots, n)));
  const width = Math.max(4, ...names.map((n) => n.length));
  console.log(`${pad('root', width)}  exit  managed  placeholders  unmodelled  unaccounted  components  unmodelled types`);
  const total = { loaded: 0, managed: 0, placeholders: 0, unmodelled: 0, unaccounted: 0, unknownAccounting: 0 };
  const failures = [];
  names.forEach((n, i) => {
    const run = runs[i];
    const f = figures(run);
    if (f) total.loaded++;
    else failures.push(n);
    const um = f ? Object.entries(f.unmodelledTypes).map(([t, c]) => `${t} ${c}`).join(', ') : '';
    if (f) {
      total.managed += f.managed || 0;
      total.placeholders += f.placeholders || 0;
      total.unmodelled += f.unmodelled || 0;
      if (typeof f.unaccounted === 'number') total.unaccounted += f.unaccounted;
      else total.unknownAccounting++;
    }
    console.log(`${pad(n, width)}  ${lpad(run.code, 4)}  ${lpad(f ? f.managed : '-', 7)}  ${lpad(f ? f.placeholders : '-', 12)}  `
      + `${lpad(f ? (f.unmodelled === undefined ? 'n/a' : f.unmodelled) : '-', 10)}  `
      + `${lpad(f ? (f.unaccounted === undefined ? 'n/a' : f.unaccounted) : '-', 11)}  ${lpad(f ? f.components : '-', 10)}  ${um}`);
    const errors = run.stderr.split('\n').filter((l) => /: error: /.test(l));
    if (!f || a.verbose) {
      for (const l of (a.verbose ? run.stderr.split('\n').filter((x) => /: (error|warning): /.test(x)) : errors).slice(0, 20)) {
        console.log(`    ${l}`);
      }
      if (!f && errors.length === 0 && run.stderr.trim()) console.log(`    ${run.stderr.trim().split('\n')[0]}`);
    }
  });
  const pct = total.managed ? (100 * total.placeholders) / total.managed : 0;
  const ok = failures.length === 0 && pct < a.maxPlaceholders && total.unaccounted === 0 && total.unknownAccounting === 0;
  console.log(`module corpus: ${total.loaded}/${names.length} roots loaded, ${total.managed} managed instances, `
    + `${total.placeholders} placeholders (${pct.toFixed(1)}%, limit ${a.maxPlaceholders}%), ${total.unmodelled} unmodelled, ${total.unaccounted} unaccounted`
    + `${total.unknownAccounting ? ` (${total.unknownAccounting} roots without accounting)` : ''}; ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  if (failures.length) console.log(`not loaded: ${failures.join(', ')}`);
  process.exit(ok ? 0 : 1);
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
