#!/usr/bin/env bash
# CI step: the project builds with clang 14 as well as g++ 12, warnings as errors, and passes
# its test suite there too.
set -euo pipefail
cd "$(dirname "$0")/../.."
cmake -S . -B build-clang -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DANNALS_WERROR=ON -DANNALS_BUILD_BENCH=OFF
cmake --build build-clang
ctest --test-dir build-clang --output-on-failure
