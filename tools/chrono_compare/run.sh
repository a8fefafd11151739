#!/usr/bin/env bash
# Compares annals with chrono-node on one list of expressions and one reference time.
#
#   bash tools/chrono_compare/run.sh [path/to/annals] [expressions.txt]
#
# Installs the npm package chrono-node into a temporary folder (removed on exit), runs every
# expression through chrono-node's parse and through `annals parse --format json` with the same
# reference, and prints where the begin of the result differs: the instant when chrono-node is
# certain of the hour, else the day. Exits 0 with a message when npm is unavailable or the
# install fails, so that it never breaks a build.
set -u
here="$(cd "$(dirname "$0")" && pwd)"
annals="${1:-$here/../../build/src/annals}"
list="${2:-$here/expressions.txt}"
ref="${CHRONO_COMPARE_REF:-2023-09-19T13:43:00Z}"

if ! command -v npm >/dev/null 2>&1 || ! command -v node >/dev/null 2>&1; then
  echo "chrono_compare: npm or node not available; skipping"
  exit 0
fi
if [ ! -x "$annals" ]; then
  echo "chrono_compare: annals binary not found at $annals (pass it as the first argument); skipping"
  exit 0
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
if ! npm install --prefix "$tmp" --no-audit --no-fund --silent chrono-node >"$tmp/npm.log" 2>&1; then
  echo "chrono_compare: npm install chrono-node failed; skipping"
  tail -5 "$tmp/npm.log"
  exit 0
fi
TZ=UTC NODE_PATH="$tmp/node_modules" node "$here/compare.js" "$annals" "$list" "$ref"
