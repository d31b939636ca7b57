// Formats every .tf and .tfvars(.example) file under the given directories with Terraform's own formatter
// (@cdktf/hcl-tools, Terraform's hclwrite compiled to WebAssembly) and fails on any difference.
// Usage: node check.js DIR...
'use strict';
const fs = require('fs');
const path = require('path');
const { format } = require('@cdktf/hcl-tools');

function walk(dir, out) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (/\.(tf|tfvars|tfvars\.example)$/.test(e.name)) out.push(p);
  }
  return out;
}

function firstDifference(a, b) {
  const x = a.split('\n');
  const y = b.split('\n');
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (x[i] !== y[i]) return `line ${i + 1}:\n  written:   ${JSON.stringify(x[i])}\n  formatted: ${JSON.stringify(y[i])}`;
  }
  return '(same lines)';
}

(async () => {
  const dirs = process.argv.slice(2);
  if (dirs.length === 0) {
    console.error('usage: node check.js DIR...');
    process.exit(2);
  }
  let files = 0;
  let bad = 0;
  for (const d of dirs) {
    for (const f of walk(d, [])) {
      files++;
      const text = fs.readFileSync(f, 'utf8');
      let formatted;
      try {
        formatted = await format(text);
      } catch (e) {
        bad++;
        console.log(`${f}: the formatter rejects it: ${String(e).split('\n')[0]}`);
        continue;
      }
      if (formatted !== text) {
        bad++;
        console.log(`${f}: not in canonical format; first difference at ${firstDifference(text, formatted)}`);
      }
    }
  }
  console.log(`terraform fmt conformance: ${files - bad}/${files} files already canonical`);
  process.exit(bad === 0 && files > 0 ? 0 : 1);
})();
