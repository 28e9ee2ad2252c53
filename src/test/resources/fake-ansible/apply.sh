#!/bin/bash
# Fake ansible-playbook: the captured apply run (h2 fails, h3 unreachable); real exit code 4.
here="$(cd "$(dirname "$0")" && pwd)"
cat "$here/apply-run.jsonl"
exit 4
