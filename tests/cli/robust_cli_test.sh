#!/usr/bin/env bash
# Command-line robustness: `annals extract` and `annals timeline` given missing, unreadable and
# too-large files, malformed JSON Lines, a bad --ref, an unknown option or format.
#
#   bash tests/cli/robust_cli_test.sh build/src/annals
#
# Registered with CTest from tests/CMakeLists.txt (cli_robust_cli_test). Expected of each case:
# exit status 2; on stderr one line naming the input and the problem ("annals: FILE: cannot
# read: …"; usage errors end with "(see 'annals --help')" on the same line); nothing
# on stdout for the failing document, and the other documents of the batch processed exactly as
# they are on their own.
set -uo pipefail

annals=${1:?usage: robust_cli_test.sh PATH-TO-annals}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/annals-robust-cli.XXXXXX")
trap 'chmod -R u+rwx "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1

failures=0
checks=0
ref=2023-09-19

# run ARGS...: runs annals with ARGS; sets $status, $out, $err (as $(...) reads them).
run() {
  "$annals" "$@" >"$tmp/out" 2>"$tmp/err"
  status=$?
  out=$(cat "$tmp/out")
  err=$(cat "$tmp/err")
}

# check NAME WANT_STATUS WANT_OUT WANT_ERR: compares the last run exactly.
check() {
  local name=$1 want_status=$2 want_out=$3 want_err=$4 bad=""
  checks=$((checks + 1))
  [[ "$status" == "$want_status" ]] || bad+=" status $status (want $want_status);"
  [[ "$out" == "$want_out" ]] || bad+=" stdout differs;"
  [[ "$err" == "$want_err" ]] || bad+=" stderr differs;"
  if [[ -n "$bad" ]]; then
    failures=$((failures + 1))
    {
      echo "FAIL $name:$bad"
      echo "  --- expected stdout"; printf '%s\n' "$want_out" | sed 's/^/  | /'
      echo "  --- actual stdout";   printf '%s\n' "$out" | sed 's/^/  | /'
      echo "  --- expected stderr"; printf '%s\n' "$want_err" | sed 's/^/  | /'
      echo "  --- actual stderr";   printf '%s\n' "$err" | sed 's/^/  | /'
    } >&2
  fi
}

# Inputs: two good documents with ISO dates (their mentions do not depend on heuristics).
printf 'The ferry left on 2023-09-01.\n' >a.txt
printf 'Published 2023-09-18\n\nThe pier reopened on 2023-09-15 after repairs.\n' >b.txt
printf '{"id":"j1","text":"Due 2023-10-02."}\n{"id":"j2","text":\n{"id":"j3","text":"Held 2023-08-30."}\n' >c.jsonl

a_out='# a.txt  reference 2023-09-19T00:00:00 (option)
     18-28      DATE     2023-09-01               2023-09-01'
run extract --ref "$ref" a.txt
check "extract a.txt alone" 0 "$a_out" ""
run extract --ref "$ref" b.txt
b_out=$out
check "extract b.txt alone" 0 "$b_out" ""
[[ "$b_out" == *"2023-09-15"* ]] || { echo "FAIL b.txt: no 2023-09-15 mention" >&2; failures=$((failures + 1)); }

# --- annals extract -----------------------------------------------------------------------
run extract --ref "$ref" a.txt missing.txt b.txt
check "extract: missing file among others" 2 "$a_out
$b_out" "annals: missing.txt: cannot read: No such file or directory"

run extract --ref "$ref" a.txt . b.txt
check "extract: a directory among others" 2 "$a_out
$b_out" "annals: .: read error"

if [[ $(id -u) != 0 ]]; then  # root reads files whatever their mode
  printf 'Secret on 2023-01-01.\n' >locked.txt
  chmod 000 locked.txt
  run extract --ref "$ref" a.txt locked.txt b.txt
  check "extract: unreadable file among others" 2 "$a_out
$b_out" "annals: locked.txt: cannot read: Permission denied"
  chmod 600 locked.txt
fi

# Larger than the 256 MiB limit (sparse: no real write).
truncate -s $((256 * 1024 * 1024 + 1)) big.txt
run extract --ref "$ref" a.txt big.txt b.txt
check "extract: a file over 256 MiB among others" 2 "$a_out
$b_out" "annals: big.txt: larger than the limit of 256 MiB"
rm -f big.txt
# Exactly 256 MiB is allowed; 256 MiB of NUL bytes has no mention.
truncate -s $((256 * 1024 * 1024)) edge.txt
run extract --ref "$ref" edge.txt
check "extract: exactly 256 MiB" 0 "# edge.txt  reference 2023-09-19T00:00:00 (option)" ""
rm -f edge.txt

run extract --ref "$ref" c.jsonl
check "extract: a malformed JSON Lines line among others" 2 "# j1  reference 2023-09-19T00:00:00 (option)
      4-14      DATE     2023-10-02               2023-10-02
# j3  reference 2023-09-19T00:00:00 (option)
      5-15      DATE     2023-08-30               2023-08-30" \
  "annals: c.jsonl:2: unexpected end of line, expected a JSON value (column 19)"

run extract --ref 2023-02-30 a.txt
check "extract: bad --ref" 2 "" "annals: bad --ref '2023-02-30': day 30 is out of range for 2023-02 (column 9) (see 'annals --help')"

run extract --ref "$ref" --frobnicate a.txt
check "extract: unknown option" 2 "" "annals: unknown option '--frobnicate' (see 'annals --help')"

run extract --ref "$ref" --format yaml a.txt
check "extract: unknown format" 2 "" "annals: unknown format 'yaml' (text, json, timeml) (see 'annals --help')"

run extract --ref
check "extract: --ref without a value" 2 "" "annals: --ref needs a value (see 'annals --help')"

run extract --anchor sideways a.txt
check "extract: bad --anchor" 2 "" "annals: --anchor takes news or narrative (see 'annals --help')"

run timeline --anchor
check "timeline: --anchor without a value" 2 "" "annals: --anchor needs a value (see 'annals --help')"

# --- annals timeline ----------------------------------------------------------------------
run timeline --ref "$ref" a.txt b.txt
good_timeline=$out
check "timeline a.txt b.txt" 0 "$good_timeline" ""

run timeline --ref "$ref" a.txt missing.txt b.txt
check "timeline: missing file among others" 2 "$good_timeline" \
  "annals: missing.txt: cannot read: No such file or directory"

truncate -s $((256 * 1024 * 1024 + 1)) big.txt
run timeline --ref "$ref" a.txt big.txt b.txt
check "timeline: a file over 256 MiB among others" 2 "$good_timeline" \
  "annals: big.txt: larger than the limit of 256 MiB"
rm -f big.txt

if [[ $(id -u) != 0 ]]; then
  chmod 000 locked.txt
  run timeline --ref "$ref" a.txt locked.txt b.txt
  check "timeline: unreadable file among others" 2 "$good_timeline" \
    "annals: locked.txt: cannot read: Permission denied"
  chmod 600 locked.txt
fi

run timeline --ref not-a-date a.txt
check "timeline: bad --ref" 2 "" "annals: bad --ref 'not-a-date': not a temporal expression annals understands (column 1) (see 'annals --help')"

run timeline --frobnicate a.txt
check "timeline: unknown option" 2 "" "annals: unknown option '--frobnicate' (see 'annals --help')"

run timeline --format yaml a.txt
check "timeline: unknown format" 2 "" \
  "annals: unknown format 'yaml' (text, json, markdown, timelinejs, html, semeval2015) (see 'annals --help')"

run timeline --from 2023-13-01 a.txt
check "timeline: bad --from" 2 "" "annals: bad --from '2023-13-01': month 13 is out of range (column 6) (see 'annals --help')"

# The notes say where each document's date came from: a wire dateline without a year is a
# dateline's (dated in the latest year not after today, UTC), not an option's.
printf 'TOKYO, Nov 20 (Reuters) - Exports rose.\n' >y.txt
year=$(date -u +%Y)
[[ $(date -u +%m%d) < 1120 ]] && year=$((year - 1))
run timeline --notes y.txt
check "timeline: the notes name a yearless dateline's source" 0 "" \
  "annals: y.txt: the dateline names no year; dated in the latest year not after today
annals: y.txt: $year-11-20T00:00:00 (dateline)"

echo "robust_cli_test: $checks checks, $failures failed"
((failures == 0))
