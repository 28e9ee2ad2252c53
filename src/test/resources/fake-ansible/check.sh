#!/bin/bash
# Fake ansible-playbook: the captured --check --diff run, with file diffs.
here="$(cd "$(dirname "$0")" && pwd)"
cat "$here/check-run.jsonl"
exit 4
