#!/usr/bin/env bash
# Class-data sharing (AppCDS) for the wizard's start: most of the start-up time goes into loading and
# verifying JavaFX's classes; a CDS archive maps them ready-made. Two steps, each given the command
# that starts the app (the jar's launcher script or the jpackage launcher); the JVM options go in
# through JAVA_TOOL_OPTIONS, so the launcher's own java, class path and archive path are the ones used:
#
#   cds-archive.sh record [--required] --probe CLASSES LIST -- LAUNCHER...
#       Starts the wizard once under an X server (DISPLAY, else xvfb-run) with the start-up probe (a test
#       class, io.eswizard.bench.FirstPaintSignal, found in CLASSES, e.g. target/test-classes; it exits
#       when the first page is on screen) and writes the names of the classes it loaded to LIST.
#       Without a display or the probe: a note and exit 0, or exit 1 with --required.
#   cds-archive.sh dump LIST -- LAUNCHER...
#       Writes the static archive for LIST where the launcher's -XX:SharedArchiveFile points. The JVM
#       ignores an archive made for another class path, another JVM build or changed jars, and then
#       simply starts without it; so the dump must run where the jars finally live.
#
# A class list holds class names only, so it can be recorded in one place and dumped in another
# (the .deb records at build time and dumps at install time).
set -euo pipefail

usage() { sed -n '2,18p' "$0" >&2; exit 2; }

PROBE=io.eswizard.bench.FirstPaintSignal

record() {
  local required=0
  if [ "${1:-}" = --required ]; then required=1; shift; fi
  [ "${1:-}" = --probe ] && [ $# -ge 5 ] && [ "$4" = -- ] || usage
  local probe=$2 list=$3; shift 4
  if [ ! -f "$probe/${PROBE//.//}.class" ]; then
    if [ $required = 1 ]; then
      echo "cds-archive: the start-up probe $PROBE is not in $probe: compile the tests (mvn test-compile)" >&2
      exit 1
    fi
    echo "cds-archive: note: the start-up probe is not in $probe (tests not compiled), so no CDS archive; the app starts about 0.6 s slower" >&2
    exit 0
  fi
  local x=()
  if [ -z "${DISPLAY:-}" ]; then
    if command -v xvfb-run >/dev/null; then
      x=(xvfb-run -a -s "-screen 0 1280x800x24")
    elif [ $required = 1 ]; then
      echo "cds-archive: no X display and no xvfb-run (apt-get install xvfb): cannot record the class list" >&2
      exit 1
    else
      echo "cds-archive: note: no X display and no xvfb-run, so no CDS archive; the app starts about 0.6 s slower" >&2
      exit 0
    fi
  fi
  local home log
  home=$(mktemp -d "${TMPDIR:-/tmp}/esw-cds-home.XXXXXX")   # a clean user: no preferences, no recovery copy
  log="$home/record.log"
  rm -f "$list.tmp"
  if HOME=$home JAVA_TOOL_OPTIONS="-Xshare:off -XX:DumpLoadedClassList=$list.tmp -Desw.driver=$PROBE -Desw.driverPath=$probe -Duser.home=$home" \
      timeout 120 "${x[@]}" "$@" >"$log" 2>&1 && grep -q '^ESW_FIRST_PAINT$' "$log" && [ -s "$list.tmp" ]; then
    mv "$list.tmp" "$list"
    rm -rf "$home"
    echo "cds-archive: recorded $(grep -vc '^#' "$list") classes to $list"
  else
    rm -f "$list.tmp"
    echo "cds-archive: the training start failed:" >&2
    tail -20 "$log" >&2
    rm -rf "$home"
    [ $required = 1 ] && exit 1
    echo "cds-archive: note: no CDS archive; the app starts about 0.6 s slower" >&2
  fi
}

dump() {
  [ $# -ge 3 ] && [ "$2" = -- ] || usage
  local list=$1; shift 2
  local log
  log=$(mktemp "${TMPDIR:-/tmp}/esw-cds-dump.XXXXXX")
  # The serial GC, as the app runs with it: no archived heap objects, which only G1 could map anyway.
  if JAVA_TOOL_OPTIONS="-Xshare:dump -XX:+UseSerialGC -XX:SharedClassListFile=$list" "$@" >"$log" 2>&1; then
    rm -f "$log"
  else
    echo "cds-archive: dumping the CDS archive failed:" >&2
    tail -20 "$log" >&2
    rm -f "$log"
    exit 1
  fi
}

case "${1:-}" in
  record) shift; record "$@" ;;
  dump) shift; dump "$@" ;;
  *) usage ;;
esac
