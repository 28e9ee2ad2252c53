#!/bin/bash
# Fake ansible-playbook: a run in which every host is ok (the start of the captured apply run); exit 0.
here="$(cd "$(dirname "$0")" && pwd)"
cat "$here/apply-ok-run.jsonl"
exit 0
