// Rewrites the given .tf files in Terraform's canonical format (for maintaining the bundled modules).
// Usage: node fix.js FILE...
'use strict';
const fs = require('fs');
const { format } = require('@cdktf/hcl-tools');
(async () => {
  for (const f of process.argv.slice(2)) {
    const text = fs.readFileSync(f, 'utf8');
    const out = await format(text);
    if (out !== text) {
      fs.writeFileSync(f, out);
      console.log(`formatted ${f}`);
    }
  }
})();
