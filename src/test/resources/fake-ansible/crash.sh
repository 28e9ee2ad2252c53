#!/bin/bash
# Fake ansible-playbook that dies mid-run with a Python traceback and no recap.
echo '{"_event":"v2_playbook_on_play_start","play":{"name":"Configure"},"tasks":[]}'
echo '{"_event":"v2_playbook_on_task_start","hosts":{},"task":{"id":"t1","name":"es_node : Copy the JDBC driver"}}'
echo 'Traceback (most recent call last):'
echo '  File "/usr/bin/ansible-playbook", line 1, in <module>'
echo 'MemoryError: out of memory'
exit 250
