#!/usr/bin/env bash
# Command-line tests for `annals parse`: exact stdout, stderr and exit status.
#
#   bash tests/cli/parse_cli_test.sh build/src/annals
#
# Registered with CTest from tests/CMakeLists.txt (cli_parse_cli_test). Exit status of the
# program under test: 0 success, 1 invalid expression (one line on stderr, nothing on stdout),
# 2 usage error (message naming the problem on stderr).
set -uo pipefail

annals=${1:?usage: parse_cli_test.sh PATH-TO-annals}
here=$(cd "$(dirname "$0")" && pwd)
readme=$here/../../README.md
ref=2023-09-19T13:43+05:30

tmp=$(mktemp -d "${TMPDIR:-/tmp}/annals-cli-test.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

failures=0
checks=0

# expect NAME STATUS STDOUT STDERR -- ARGS...
# Runs the program with ARGS and compares exit status, stdout and stderr exactly (each without
# its final newline, as $(...) would read it; a missing final newline is checked separately).
expect() {
  local name=$1 want_status=$2 want_out=$3 want_err=$4
  shift 5
  checks=$((checks + 1))
  "$annals" "$@" >"$tmp/out" 2>"$tmp/err"
  local status=$?
  local out err
  out=$(cat "$tmp/out")
  err=$(cat "$tmp/err")
  local bad=""
  [[ "$status" == "$want_status" ]] || bad+=" status $status (want $want_status);"
  [[ "$out" == "$want_out" ]] || bad+=" stdout differs;"
  [[ "$err" == "$want_err" ]] || bad+=" stderr differs;"
  # Output that is not empty ends with a newline.
  if [[ -s "$tmp/out" && "$(tail -c1 "$tmp/out" | od -An -c | tr -d ' ')" != '\n' ]]; then
    bad+=" stdout lacks a final newline;"
  fi
  if [[ -s "$tmp/err" && "$(tail -c1 "$tmp/err" | od -An -c | tr -d ' ')" != '\n' ]]; then
    bad+=" stderr lacks a final newline;"
  fi
  if [[ -n "$bad" ]]; then
    failures=$((failures + 1))
    {
      echo "FAIL $name:$bad"
      printf '  command: annals'; printf ' %q' "$@"; echo
      echo "  --- expected stdout"; printf '%s\n' "$want_out" | sed 's/^/  | /'
      echo "  --- actual stdout";   printf '%s\n' "$out" | sed 's/^/  | /'
      echo "  --- expected stderr"; printf '%s\n' "$want_err" | sed 's/^/  | /'
      echo "  --- actual stderr";   printf '%s\n' "$err" | sed 's/^/  | /'
    } >&2
  fi
}

# expect_help NAME -- ARGS...: status 0, usage text on stdout, nothing on stderr.
expect_help() {
  local name=$1
  shift 2
  checks=$((checks + 1))
  "$annals" "$@" >"$tmp/out" 2>"$tmp/err"
  local status=$?
  local first
  first=$(head -n1 "$tmp/out")
  if [[ $status != 0 || "$first" != "usage: annals <command> [options] [--] ARGS" || -s "$tmp/err" ]] ||
     ! grep -q -- '--format F' "$tmp/out"; then
    failures=$((failures + 1))
    echo "FAIL $name: status $status, first line '$first', stderr '$(cat "$tmp/err")'" >&2
  fi
}

hint=" (see 'annals --help')"

# --- the README's examples ---------------------------------------------------------------------
readme_json='{"text":"Sep 19 2023 | 1:43 PM EDT","type":"TIME","value":"2023-09-19T13:43","interval":["2023-09-19T13:43:00-04:00","2023-09-19T13:44:00-04:00"],"grain":"minute","utc":"2023-09-19T17:43:00Z","zone":"EDT","zone_ambiguous":false}'
# The line above is the one README.md shows; keep the two identical.
checks=$((checks + 1))
if ! grep -qxF -- "$readme_json" "$readme"; then
  failures=$((failures + 1))
  echo "FAIL readme: README.md no longer shows the JSON line this test expects" >&2
fi
expect readme_json 0 "$readme_json" "" -- \
  parse --ref "$ref" --format json "Sep 19 2023 | 1:43 PM EDT"
# The words of an expression may also come as separate arguments.
expect words_joined 0 "$readme_json" "" -- \
  parse --ref "$ref" --format json Sep 19 2023 "|" 1:43 PM EDT

expect readme_text 0 "text      Monday morning
type      TIME
value     2023-09-18TMO
interval  [2023-09-18T06:00:00+05:30, 2023-09-18T12:00:00+05:30)
grain     part_of_day" "" -- parse --ref "$ref" "Monday morning"

# --- text format ---------------------------------------------------------------------------------
expect text_date 0 "text      last Wednesday
type      DATE
value     2023-09-13
interval  [2023-09-13T00:00:00+05:30, 2023-09-14T00:00:00+05:30)
grain     day" "" -- parse --ref "$ref" --format text "last Wednesday"

expect text_zone 0 "text      Sep 19 2023 | 1:43 PM IST
type      TIME
value     2023-09-19T13:43
interval  [2023-09-19T13:43:00+05:30, 2023-09-19T13:44:00+05:30)
grain     minute
utc       2023-09-19T08:13:00Z
zone      IST (ambiguous: 3 meanings)" "" -- parse --ref "$ref" "Sep 19 2023 | 1:43 PM IST"

expect text_duration 0 "text      six-day
type      DURATION
value     P6D
grain     day" "" -- parse --ref "$ref" six-day

expect text_set 0 "text      every Monday
type      SET
value     XXXX-WXX-1
grain     day
quant     EVERY" "" -- parse --ref "$ref" -- "every Monday"

# --- json format ---------------------------------------------------------------------------------
expect json_date 0 '{"text":"last Wednesday","type":"DATE","value":"2023-09-13","interval":["2023-09-13T00:00:00+05:30","2023-09-14T00:00:00+05:30"],"grain":"day"}' "" -- \
  parse --ref "$ref" --format json "last Wednesday"
expect json_floating_time 0 '{"text":"2023-09-18 10:09","type":"TIME","value":"2023-09-18T10:09","interval":["2023-09-18T10:09:00+05:30","2023-09-18T10:10:00+05:30"],"grain":"minute","utc":"2023-09-18T04:39:00Z"}' "" -- \
  parse --ref "$ref" --format json "2023-09-18 10:09"
expect json_duration 0 '{"text":"six-day","type":"DURATION","value":"P6D","grain":"day"}' "" -- \
  parse --ref "$ref" --format json six-day
expect json_set 0 '{"text":"every Monday","type":"SET","value":"XXXX-WXX-1","grain":"day","quant":"EVERY"}' "" -- \
  parse --ref "$ref" --format json "every Monday"
# Options: day-first numeric dates, and a region that makes IST Irish Standard Time.
expect json_day_first 0 '{"text":"9/10/2023","type":"DATE","value":"2023-10-09","interval":["2023-10-09T00:00:00+05:30","2023-10-10T00:00:00+05:30"],"grain":"day"}' "" -- \
  parse --ref "$ref" --day-first --format json 9/10/2023
expect json_region 0 '{"text":"Sep 19 2023 | 1:43 PM IST","type":"TIME","value":"2023-09-19T13:43","interval":["2023-09-19T13:43:00+01:00","2023-09-19T13:44:00+01:00"],"grain":"minute","utc":"2023-09-19T12:43:00Z","zone":"IST","zone_ambiguous":true}' "" -- \
  parse --ref "$ref" --region IE --format json "Sep 19 2023 | 1:43 PM IST"

# --- invalid expressions: status 1, one line on stderr, nothing on stdout -----------------------
expect invalid_date 1 "" "annals: February 30, 2023: day 30 is out of range for February 2023 (column 10)" -- \
  parse --ref "$ref" "February 30, 2023"
expect invalid_date_json 1 "" "annals: February 30, 2023: day 30 is out of range for February 2023 (column 10)" -- \
  parse --ref "$ref" --format json "February 30, 2023"

# --- usage errors: status 2, the problem named on stderr, nothing on stdout ---------------------
expect unknown_option 2 "" "annals: unknown option '--bogus'$hint" -- parse --ref "$ref" --bogus "last Wednesday"
expect unknown_format 2 "" "annals: unknown format 'xml' (text, json)$hint" -- parse --ref "$ref" --format xml "last Wednesday"
expect format_without_value 2 "" "annals: --format needs a value$hint" -- parse --ref "$ref" "last Wednesday" --format
expect bad_ref 2 "" "annals: bad --ref 'nonsense': not a temporal expression annals understands (column 1)$hint" -- parse --ref nonsense "last Wednesday"
expect ref_without_value 2 "" "annals: --ref needs a value$hint" -- parse --ref
expect missing_expression 2 "" "annals: parse needs an EXPRESSION$hint" -- parse --ref "$ref"
expect missing_expression_after_dashes 2 "" "annals: parse needs an EXPRESSION$hint" -- parse --ref "$ref" --
expect unknown_command 2 "" "annals: unknown command 'prase'$hint" -- prase "last Wednesday"
expect missing_command 2 "" "annals: missing command$hint" --

# --- extract --format timeml: a range's two ends are two TIMEX3 ("2019/2021" is no TIMEX3 value) --
printf 'Talks ran from 2019 to 2021 and took 2-3 weeks.\n' >"$tmp/range.txt"
expect extract_timeml_splits_ranges 0 '<?xml version="1.0" ?>
<TimeML>
<DOCID>'"$tmp"'/range.txt</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2023-09-19" functionInDocument="CREATION_TIME">2023-09-19</TIMEX3></DCT>
<TEXT>Talks ran from <TIMEX3 tid="t1" type="DATE" value="2019">2019</TIMEX3> to <TIMEX3 tid="t2" type="DATE" value="2021">2021</TIMEX3> and took <TIMEX3 tid="t3" type="DURATION" value="P2W">2</TIMEX3>-<TIMEX3 tid="t4" type="DURATION" value="P3W">3 weeks</TIMEX3>.
</TEXT>
</TimeML>' "" -- extract --ref 2023-09-19 --format timeml "$tmp/range.txt"

# --- extract without --ref: a wire dateline without its year dates the story in the latest year
# that does not put its day after today, and says so ------------------------------------------
printf 'LONDON, March 14 (Reuters) - Output grew.\n' >"$tmp/yearless.txt"
yearless=$(date -u +%Y)
[[ $(date -u +%m%d) < 0314 ]] && yearless=$((yearless - 1))
expect extract_yearless_dateline 0 "# $tmp/yearless.txt  reference ${yearless}-03-14T00:00:00 (dateline)
      8-16      DATE     ${yearless}-03-14               March 14" \
  "annals: $tmp/yearless.txt: the dateline names no year; dated in the latest year not after today" -- \
  extract "$tmp/yearless.txt"

# --- help ------------------------------------------------------------------------------------------
expect_help help -- --help
expect_help help_short -- -h
expect_help parse_help -- parse --help

if ((failures > 0)); then
  echo "parse_cli_test: $failures of $checks checks failed" >&2
  exit 1
fi
echo "parse_cli_test: all $checks checks passed"
