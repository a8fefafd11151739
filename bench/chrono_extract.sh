#!/usr/bin/env bash
# chrono_extract.sh: chrono-node's parse over the paragraphs extract_bench writes, as MB/s.
#
#   bash bench/chrono_extract.sh PARAGRAPHS.jsonl [RUNS]
#
# Installs the npm package chrono-node (latest) into a temporary folder, runs chrono_extract.mjs
# there, and removes the folder. Exits 0 with a "skipped: …" line when node or npm is missing or
# the install fails, so a benchmark run never fails for want of chrono-node.
# CHRONO_NODE_VERSION=2.7.7 pins a version.
set -u

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
input=${1:?usage: chrono_extract.sh PARAGRAPHS.jsonl [RUNS]}
runs=${2:-7}

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "skipped: node or npm not found"
  exit 0
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/chrono_extract.XXXXXX") || { echo "skipped: no temporary folder"; exit 0; }
trap 'rm -rf "$tmp"' EXIT

echo '{"name":"chrono-extract-bench","private":true,"type":"module"}' >"$tmp/package.json"
if ! (cd "$tmp" && npm install --no-audit --no-fund --no-save --loglevel=error \
        "chrono-node@${CHRONO_NODE_VERSION:-latest}" >"$tmp/npm.log" 2>&1); then
  echo "skipped: npm install chrono-node failed:"
  tail -n 5 "$tmp/npm.log"
  exit 0
fi

cp "$here/chrono_extract.mjs" "$tmp/"
node "$tmp/chrono_extract.mjs" "$input" "$runs"
