#!/bin/bash
# Fake ansible-playbook that records, in its working folder, the environment it gets and the
# environment and arguments of its parent (the app's supervisor): list-tasks.* for --list-tasks,
# run.* for the run, which then plays the captured run in which every host is ok.
kind=run
for arg in "$@"; do
  [ "$arg" = "--list-tasks" ] && kind=list-tasks
done
env > "$kind.env"
tr '\0' '\n' < "/proc/$PPID/environ" > "$kind.supervisor-env"
tr '\0' '\n' < "/proc/$PPID/cmdline" > "$kind.supervisor-argv"
[ "$kind" = list-tasks ] && exit 0
cat "$(cd "$(dirname "$0")" && pwd)/apply-ok-run.jsonl"
exit 0
