#!/bin/bash
# Fake ansible-playbook for killing the app mid-run: --list-tasks lists nothing; a run starts a
# task, starts a child (like a worker or ssh), writes "CHILD-PID OWN-PID" to pids.txt in its
# working folder and waits until killed.
for arg in "$@"; do
  [ "$arg" = "--list-tasks" ] && exit 0
done
echo '{"_event":"v2_playbook_on_play_start","play":{"name":"Slow"},"tasks":[]}'
echo '{"_event":"v2_playbook_on_task_start","hosts":{},"task":{"id":"t1","name":"Wait forever"}}'
sleep 300 &
echo "$! $$" > pids.tmp
mv pids.tmp pids.txt
wait
