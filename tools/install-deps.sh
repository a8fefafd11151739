#!/usr/bin/env bash
# Installs everything annals needs to build, test and fuzz on Debian 12 (run as root).
# Used by the README's quick start and by .ci/run, so the two cannot drift apart.
set -euo pipefail
packages=(
  build-essential cmake ninja-build pkg-config git
  libhowardhinnant-date-dev tzdata     # date/tz with the system tz database
  libre2-dev libboost-dev libfmt-dev doctest-dev
  python3                              # evaluation scripts under tools/
)
if [[ "${ANNALS_WITH_FUZZ:-0}" == 1 ]]; then
  packages+=(clang libclang-rt-14-dev)  # libFuzzer and sanitizer runtimes
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
