#!/bin/bash
# Fake ansible-playbook: says whether the run folder (its working folder) holds the TLS private
# key while it runs, then plays the captured apply run; with --list-tasks it lists nothing.
for arg in "$@"; do
  [ "$arg" = "--list-tasks" ] && exit 0
done
if [ -f files/load-balancer-private-key.pem ]; then
  echo "the private key is in the run folder during the run"
fi
here="$(cd "$(dirname "$0")" && pwd)"
cat "$here/apply-run.jsonl"
exit 4
