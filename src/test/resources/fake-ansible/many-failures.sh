#!/bin/bash
# Fake ansible-playbook: a task whose loop of 1,003 items fails item by item, each failure ignored
# (more failures than the run model keeps), then the recap; exit 2.
echo '{"_event":"v2_playbook_on_task_start","task":{"id":"t1","name":"Check every file"}}'
for i in $(seq 1 1003); do
  echo '{"_event":"v2_runner_on_failed","task":{"id":"t1","name":"Check every file"},"hosts":{"h1":{"changed":false,"msg":"failure number '"$i"'"}}}'
done
echo '{"_event":"v2_playbook_on_stats","stats":{"h1":{"ok":0,"changed":0,"unreachable":0,"failures":1003,"skipped":0,"rescued":0,"ignored":0}}}'
exit 2
