#!/usr/bin/env bash
# Builds the libFuzzer targets in build-fuzz/ and runs each for SECONDS.
#
#   bash fuzz/run.sh SECONDS [TARGET...]        e.g.  bash fuzz/run.sh 60
#
# Needs clang 14 and its runtimes (ANNALS_WITH_FUZZ=1 bash tools/install-deps.sh). Each target
# starts from its seed corpus fuzz/corpus/<target>/ plus what earlier runs found
# (build-fuzz/corpus/<target>/), uses the dictionary fuzz/dict/annals.dict, and fails on any
# crash, sanitizer report (ASan, UBSan, LeakSanitizer), timeout (-timeout=10 s per input) or
# out-of-memory (-rss_limit_mb=2048). The input that failed is saved under
# build-fuzz/artifacts/<target>/; turn it into a regression test under tests/fuzz-regressions/
# (see tests/fuzz_regression_test.cpp). At the end a table gives, per target, the executions
# and the coverage reached (cov: edges, ft: features). Exit status 1 when any target failed.
#
# Environment: FUZZ_BUILD_DIR (default build-fuzz), FUZZ_MAX_LEN (largest generated input,
# default 8192 bytes; the targets ignore inputs over 64 KiB), FUZZ_JOBS (build parallelism).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:?usage: fuzz/run.sh SECONDS [TARGET...]}
shift
[[ "$seconds" =~ ^[0-9]+$ ]] || { echo "fuzz/run.sh: SECONDS must be a whole number" >&2; exit 2; }
build=${FUZZ_BUILD_DIR:-build-fuzz}
max_len=${FUZZ_MAX_LEN:-8192}
all_targets=(fuzz_parse fuzz_parse_reference fuzz_extract fuzz_document_date fuzz_read_document
             fuzz_jsonl fuzz_timeline fuzz_grammar_gate fuzz_scanner)
targets=("$@")
((${#targets[@]})) || targets=("${all_targets[@]}")

command -v clang++ >/dev/null || { echo "fuzz/run.sh: clang++ not found (ANNALS_WITH_FUZZ=1 bash tools/install-deps.sh)" >&2; exit 2; }
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
if [[ ! -f "$build/CMakeCache.txt" ]]; then
  cmake -S . -B "$build" "${generator[@]}" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DANNALS_BUILD_FUZZERS=ON -DANNALS_BUILD_TESTS=OFF -DANNALS_BUILD_EXAMPLES=OFF \
    -DANNALS_BUILD_BENCH=OFF -DANNALS_BUILD_CLI=OFF -DANNALS_INSTALL=OFF
fi
cmake --build "$build" --target annals_fuzzers ${FUZZ_JOBS:+--parallel "$FUZZ_JOBS"}

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:abort_on_error=1:print_stacktrace=1}

failed=()
summary=()
for t in "${targets[@]}"; do
  bin=$build/fuzz/$t
  [[ -x "$bin" ]] || { echo "fuzz/run.sh: no target $t" >&2; exit 2; }
  corpus=$build/corpus/$t
  artifacts=$build/artifacts/$t/
  log=$build/logs/$t.log
  mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
  echo "== $t: ${seconds}s"
  status=0
  "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="$max_len" \
    -dict=fuzz/dict/annals.dict -artifact_prefix="$artifacts" -print_final_stats=1 \
    "$corpus" "fuzz/corpus/$t" >"$log" 2>&1 || status=$?
  # The last status line: "#123456 DONE cov: 4321 ft: 9876 corp: …"; fall back to the last
  # line with a "cov:" when the run stopped early.
  last=$(grep -E '^#[0-9]+' "$log" | grep -E 'cov: ' | tail -n1 || true)
  execs=$(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}' | tail -n1 || true)
  [[ -n "$execs" ]] || execs=$(sed -E 's/^#([0-9]+).*/\1/' <<<"$last")
  cov=$(sed -nE 's/.* cov: ([0-9]+).*/\1/p' <<<"$last")
  ft=$(sed -nE 's/.* ft: ([0-9]+).*/\1/p' <<<"$last")
  corp=$(sed -nE 's/.* corp: ([0-9]+).*/\1/p' <<<"$last")
  verdict=ok
  if ((status != 0)); then
    verdict="FAILED (status $status)"
    failed+=("$t")
    echo "---- $t failed; the end of $log:" >&2
    tail -n 60 "$log" >&2
    ls -1 "$artifacts" >&2 || true
  fi
  summary+=("$(printf '%-22s %12s execs  cov %6s  ft %7s  corpus %6s  %s' "$t" "${execs:-?}" "${cov:-?}" "${ft:-?}" "${corp:-?}" "$verdict")")
done

echo "== fuzz summary (${seconds}s per target)"
printf '%s\n' "${summary[@]}"
if ((${#failed[@]})); then
  echo "fuzz/run.sh: FAILED: ${failed[*]} (inputs under $build/artifacts/)" >&2
  exit 1
fi
