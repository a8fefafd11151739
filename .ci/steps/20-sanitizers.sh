#!/usr/bin/env bash
# CI step: the whole test suite under AddressSanitizer and UndefinedBehaviorSanitizer
# (build-asan/, RelWithDebInfo, warnings as errors). Any sanitizer report fails the step.
set -euo pipefail
cd "$(dirname "$0")/../.."

generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
cmake -S . -B build-asan "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DANNALS_SANITIZE=address,undefined -DANNALS_WERROR=ON -DANNALS_BUILD_BENCH=OFF
cmake --build build-asan

# Halt on the first report; leaks count (LeakSanitizer is part of ASan on Linux). The tz
# database is read from /usr/share/zoneinfo (tzdata) as in every build.
export ASAN_OPTIONS=halt_on_error=1:abort_on_error=1:detect_leaks=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS=halt_on_error=1:abort_on_error=1:print_stacktrace=1
ctest --test-dir build-asan --output-on-failure
echo "20-sanitizers: the test suite passed under ASan and UBSan"
