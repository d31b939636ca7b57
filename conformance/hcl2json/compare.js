// Compares `cloudwright hcl2json` with HashiCorp's parser (@cdktf/hcl2json) on every .tf file of a corpus.
// Usage: node compare.js CORPUS_DIR --jar JAR [--min PERCENT] [--verbose]
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { parse } = require('@cdktf/hcl2json');

function args() {
  const a = { corpus: null, jar: null, min: 100, verbose: false };
  const v = process.argv.slice(2);
  for (let i = 0; i < v.length; i++) {
    if (v[i] === '--jar') a.jar = v[++i];
    else if (v[i] === '--min') a.min = Number(v[++i]);
    else if (v[i] === '--verbose') a.verbose = true;
    else a.corpus = v[i];
  }
  if (!a.corpus || !a.jar) throw new Error('usage: node compare.js CORPUS_DIR --jar JAR [--min PERCENT]');
  return a;
}

function walk(dir, out) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((x, y) => (x.name < y.name ? -1 : 1))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.name.endsWith('.tf')) out.push(p);
  }
  return out;
}

/** The first path at which two JSON values differ, or null. */
function diff(a, b, at) {
  if (typeof a !== typeof b || Array.isArray(a) !== Array.isArray(b) || (a === null) !== (b === null)) {
    return `${at}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`;
  }
  if (Array.isArray(a)) {
    if (a.length !== b.length) return `${at}: ${a.length} items vs ${b.length}`;
    for (let i = 0; i < a.length; i++) {
      const d = diff(a[i], b[i], `${at}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (a && typeof a === 'object') {
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    if (ka.join('\u0000') !== kb.join('\u0000')) return `${at}: keys ${JSON.stringify(ka)} vs ${JSON.stringify(kb)}`;
    for (const k of ka) {
      const d = diff(a[k], b[k], `${at}.${k}`);
      if (d) return d;
    }
    return null;
  }
  return a === b ? null : `${at}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`;
}

async function main() {
  const a = args();
  const files = walk(a.corpus, []);
  const ours = new Map();
  const t0 = Date.now();
  const run = spawnSync('java', ['-jar', a.jar, 'hcl2json', a.corpus], { maxBuffer: 1 << 30, encoding: 'utf8' });
  if (run.status !== 0 && run.status !== 2) { // 2: some files have errors (they are compared too)
    throw new Error(`cloudwright hcl2json exited with ${run.status}: ${run.stderr}`);
  }
  const out = run.stdout;
  const oursMs = Date.now() - t0;
  for (const line of out.split('\n')) {
    if (!line.trim()) continue;
    const o = JSON.parse(line);
    ours.set(path.normalize(o.file), o);
  }
  let agree = 0;
  const problems = [];
  const t1 = Date.now();
  for (const f of files) {
    let ref;
    try {
      ref = { json: await parse(path.basename(f), fs.readFileSync(f, 'utf8')) };
    } catch (e) {
      ref = { error: String(e.message || e) };
    }
    const mine = ours.get(path.normalize(f));
    if (!mine) {
      problems.push(`${f}: missing from cloudwright output`);
      continue;
    }
    if (ref.error !== undefined || mine.error !== undefined) {
      if (ref.error !== undefined && mine.error !== undefined) agree++;
      else problems.push(`${f}: ${ref.error !== undefined ? 'reference rejects (' + ref.error.split('\n')[0] + ') but cloudwright accepts'
        : 'cloudwright rejects (' + mine.error.split('\n')[0] + ') but reference accepts'}`);
      continue;
    }
    const d = diff(ref.json, mine.json, '$');
    if (d) problems.push(`${f}: ${d}`);
    else agree++;
  }
  const refMs = Date.now() - t1;
  const rate = files.length ? (100 * agree) / files.length : 0;
  for (const p of problems.slice(0, a.verbose ? problems.length : 40)) console.log('DIFF ' + p);
  if (problems.length > 40 && !a.verbose) console.log(`... and ${problems.length - 40} more (--verbose lists all)`);
  console.log(`hcl2json conformance: ${agree}/${files.length} files agree (${rate.toFixed(1)}%); `
    + `reference ${refMs} ms, cloudwright ${oursMs} ms including JVM start`);
  process.exit(rate + 1e-9 >= a.min ? 0 : 1);
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
