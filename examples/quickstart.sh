#!/usr/bin/env bash
# Shows annals on a handful of expressions against one reference time.
set -euo pipefail
annals=${1:-annals}
ref="2023-09-19T13:43+05:30"
echo "reference: $ref"
for e in "Sep 19 2023 | 1:43 PM IST" "last Wednesday" "Monday morning" "six-day" \
         "every Monday" "next week" "the first half of next year" "from Monday to Friday"; do
  "$annals" parse --ref "$ref" --format json -- "$e"
done
