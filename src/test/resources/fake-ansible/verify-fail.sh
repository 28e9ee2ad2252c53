#!/bin/bash
# Fake ansible-playbook: a captured verify.yml run of a 3+3 sandbox whose MariaDB and NGINX were
# stopped (every database login and both public host names fail); records its arguments. Exit 2.
{ for a in "$@"; do printf '%s\n' "$a"; done; } > argv.txt
here="$(cd "$(dirname "$0")" && pwd)"
head -n 20 "$here/verify-fail.jsonl"
echo '[WARNING]: a plain line between the events'
tail -n +21 "$here/verify-fail.jsonl"
exit 2
