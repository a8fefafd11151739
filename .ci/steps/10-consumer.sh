#!/usr/bin/env bash
# CI step: install build/ into a temporary prefix, then build and run examples/consumer, a
# separate CMake project, against it with find_package(annals). Also runs the installed CLI.
# Runs from the repository root after build/ was built (see .ci/run).
set -euo pipefail
cd "$(dirname "$0")/../.."

fail() { echo "10-consumer: FAILED: $*" >&2; exit 1; }

build=${ANNALS_BUILD_DIR:-build}   # overridable to check a build tree other than CI's
[[ -f "$build/CMakeCache.txt" ]] || fail "$build/ is not configured; run the README test command first"

work=$(mktemp -d "${TMPDIR:-/tmp}/annals-consumer.XXXXXX")
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix

cmake --install "$build" --prefix "$prefix" || fail "cmake --install $build --prefix $prefix"
for f in include/annals/annals.hpp lib/cmake/annals/annalsConfig.cmake \
         lib/cmake/annals/annalsConfigVersion.cmake lib/cmake/annals/annalsTargets.cmake bin/annals; do
  [[ -e "$prefix/$f" ]] || fail "the install lacks $f"
done
ls "$prefix"/lib/libannals.* >/dev/null 2>&1 || fail "the install lacks lib/libannals.*"

generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
cmake -S examples/consumer -B "$work/build" "${generator[@]}" -DCMAKE_PREFIX_PATH="$prefix" \
  || fail "configuring examples/consumer against $prefix"
cmake --build "$work/build" || fail "building examples/consumer"

expected="2023-09-13"
actual=$("$work/build/consumer") || fail "examples/consumer exited with status $?"
[[ "$actual" == "$expected" ]] || fail "examples/consumer printed '$actual', expected '$expected'"

# The installed command-line program runs from the prefix.
expected_cli='{"text":"last Wednesday","type":"DATE","value":"2023-09-13","interval":["2023-09-13T00:00:00+05:30","2023-09-14T00:00:00+05:30"],"grain":"day"}'
actual_cli=$("$prefix/bin/annals" parse --ref 2023-09-19T13:43+05:30 --format json "last Wednesday") \
  || fail "installed annals exited with status $?"
[[ "$actual_cli" == "$expected_cli" ]] || fail "installed annals printed '$actual_cli', expected '$expected_cli'"

echo "10-consumer: find_package(annals) consumer printed $actual; installed CLI ok"
