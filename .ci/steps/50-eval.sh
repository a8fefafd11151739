#!/usr/bin/env bash
# TempEval-3 accuracy ratchet (skips when ../shared is absent).
set -euo pipefail
bash tools/eval/check.sh build/src/annals
