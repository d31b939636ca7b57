// Parse throughput of HashiCorp's HCL parser (@cdktf/hcl2json, WebAssembly) on a warm Node.js process:
// parses every .tf file of a directory repeatedly, first to warm up, then timed. Prints one JSON line.
// Usage: node bench/hcl2json-reference.js DIR [SECONDS]   (run by bench/terraform.sh)
'use strict';
const fs = require('fs');
const path = require('path');
const { parse } = require(path.join(__dirname, '..', 'conformance', 'hcl2json', 'node_modules', '@cdktf', 'hcl2json'));

function walk(dir, out) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.name.endsWith('.tf')) out.push([p, fs.readFileSync(p, 'utf8'), fs.statSync(p).size]);
  }
  return out;
}

async function pass(files) {
  let n = 0;
  for (const [name, text] of files) {
    try {
      n += JSON.stringify(await parse(name, text)).length;
    } catch (e) {
      n++;
    }
  }
  return n;
}

(async () => {
  const dir = process.argv[2];
  const seconds = Number(process.argv[3] || 5);
  const files = walk(dir, []);
  const bytes = files.reduce((s, f) => s + f[2], 0);
  let sink = 0;
  const warmEnd = Date.now() + seconds * 400;
  while (Date.now() < warmEnd) sink += await pass(files);
  let rounds = 0;
  const start = process.hrtime.bigint();
  const end = Date.now() + seconds * 1000;
  while (Date.now() < end) {
    sink += await pass(files);
    rounds++;
  }
  const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  const mb = (bytes * rounds) / 1e6;
  console.log(JSON.stringify({ parser: '@cdktf/hcl2json', files: files.length, bytes, rounds,
    mb_per_s: Number((mb / elapsed).toFixed(2)), us_per_file: Number(((elapsed * 1e6) / (rounds * files.length)).toFixed(1)), sink: sink % 10 }));
})();
