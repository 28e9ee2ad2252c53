#!/bin/bash
# Fake ansible-playbook printing what a broken module or a confused terminal could:
# non-JSON text, broken JSON, bytes that are not UTF-8, and a 100,000-character line.
echo 'WARNING: something odd'
echo '{"_event": "v2_playbook_on_task_start", broken'
printf 'latin-1 bytes: caf\xe9 \xff\xfe end\n'
printf '{"_event":"v2_playbook_on_task_start","hosts":{},"task":{"id":"t1","name":"Long"}}\n'
head -c 100000 /dev/zero | tr '\0' 'x'
echo
echo '[1, 2, 3]'
echo '{"_event":"v2_playbook_on_stats","stats":{"localhost":{"ok":1,"changed":0,"failures":0,"unreachable":0,"skipped":0,"rescued":0,"ignored":0}}}'
printf 'last line without newline'
exit 0
