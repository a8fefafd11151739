#!/usr/bin/env bash
# CI step: every libFuzzer target for 60 seconds (fuzz/run.sh builds build-fuzz/ with clang).
# Fails on any crash, sanitizer report, leak, timeout or out-of-memory; prints executions and
# coverage per target.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash fuzz/run.sh "${ANNALS_FUZZ_SECONDS:-60}"
