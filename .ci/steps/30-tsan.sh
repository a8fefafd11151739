#!/usr/bin/env bash
# CI step: the concurrency test under ThreadSanitizer (build-tsan/): eight threads extracting,
# reading document dates, parsing with tz-database zones and building timelines at once, with
# the shared grammar, anchor scanner, tables and tz database; each thread's results must equal the
# single-threaded ones. Also the CLI's -j (threads) path over a batch.
set -euo pipefail
cd "$(dirname "$0")/../.."

generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
cmake -S . -B build-tsan "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DANNALS_SANITIZE=thread -DANNALS_WERROR=ON -DANNALS_BUILD_BENCH=OFF -DANNALS_BUILD_EXAMPLES=OFF
cmake --build build-tsan --target concurrency_test annals_cli

# libdate-tz.so (Debian's date/tz) is not instrumented: reports from inside it are about its own
# thread-safe lazy load, which ThreadSanitizer cannot see (see .ci/tsan.supp).
export TSAN_OPTIONS="halt_on_error=1:abort_on_error=1:second_deadlock_stack=1:suppressions=$PWD/.ci/tsan.supp"
ctest --test-dir build-tsan --output-on-failure -R concurrency

# The CLI's worker threads: the same batch with -j 4 and -j 1 gives the same output.
work=$(mktemp -d "${TMPDIR:-/tmp}/annals-tsan.XXXXXX")
trap 'rm -rf "$work"' EXIT
for i in 1 2 3 4 5 6; do
  printf 'Story %s\nPublished 2023-09-1%s\n\nThe crews met on Monday and will return on 2023-10-0%s.\n' "$i" "$i" "$i" \
    >"$work/s$i.txt"
done
build-tsan/src/annals extract -j 4 "$work"/s*.txt >"$work/j4"
build-tsan/src/annals extract -j 1 "$work"/s*.txt >"$work/j1"
cmp "$work/j1" "$work/j4" || { echo "30-tsan: extract -j 4 differs from -j 1" >&2; exit 1; }
echo "30-tsan: concurrency test and extract -j 4 clean under ThreadSanitizer"
