#!/usr/bin/env bash
# Conformance of `cloudwright hcl2json` with HashiCorp's HCL parser on the corpus. Installs the reference
# parser from the npm registry on first use. Usage: conformance/hcl2json/run.sh [--min PERCENT] [--verbose]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
if [ ! -d "$here/node_modules/@cdktf/hcl2json" ]; then
  (cd "$here" && npm install --no-audit --no-fund --silent >/dev/null)
fi
"$root/cloudwright" --version >/dev/null   # builds the jar if needed
cd "$root"
exec node "$here/compare.js" conformance/hcl2json/corpus --jar "$root/target/cloudwright.jar" "$@"
