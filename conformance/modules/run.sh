#!/usr/bin/env bash
# Loads every root module of the conformance corpus (conformance/modules/roots, calling the local modules in
# conformance/modules/modules) and reports roots loaded, placeholder, unmodelled and unaccounted instances. Fails when
# a root does not load, placeholders reach 4% of the managed instances, or any instance is unaccounted (unmodelled
# instances are reported, not a failure).
# Usage: conformance/modules/run.sh [--max-placeholders PERCENT] [--jobs N] [--verbose] [ROOT...]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
"$root/cloudwright" --version >/dev/null   # builds the jar if needed
cd "$root"
exec node "$here/report.js" conformance/modules/roots --jar "$root/target/cloudwright.jar" "$@"
