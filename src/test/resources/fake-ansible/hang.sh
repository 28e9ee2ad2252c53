#!/bin/bash
# Fake ansible-playbook that starts a child (like a worker or ssh) and waits until killed.
echo '{"_event":"v2_playbook_on_play_start","play":{"name":"Slow"},"tasks":[]}'
echo '{"_event":"v2_playbook_on_task_start","hosts":{},"task":{"id":"t1","name":"Wait forever"}}'
printf '%s\n' "${@: -1}" > last-arg.txt
sleep 300 &
echo "$!" > child.pid
echo "$$" > parent.pid
wait
