#!/bin/bash
# Fake ansible-playbook: a captured verify.yml run of a healthy 3+3 sandbox, every check passed.
here="$(cd "$(dirname "$0")" && pwd)"
cat "$here/verify-pass.jsonl"
exit 0
