#!/bin/bash
# Fake ansible-playbook: a verify.yml run in which store-2 is stopped; records its arguments.
{ for a in "$@"; do printf '%s\n' "$a"; done; } > argv.txt
echo '{"_event":"v2_playbook_on_play_start","play":{"id":"p1","name":"Verify the ES nodes"}}'
echo '{"_event":"v2_playbook_on_task_start","task":{"id":"t1","name":"es_verify : The node answers on its HTTPS port"}}'
echo '{"_event":"v2_runner_on_ok","task":{"id":"t1","name":"es_verify : The node answers on its HTTPS port"},"hosts":{"store-1":{"changed":false,"esw_checks":[{"check":"node-https","target":"store-1","what":"answers on https://127.0.0.13:9446","ok":true,"cause":"","field":""}]}}}'
echo '{"_event":"v2_runner_on_failed","task":{"id":"t1","name":"es_verify : The node answers on its HTTPS port"},"hosts":{"store-2":{"changed":false,"msg":"answers on https://127.0.0.14:9447: nothing listens","esw_checks":[{"check":"node-https","target":"store-2","what":"answers on https://127.0.0.14:9447","ok":false,"cause":"nothing listens on 127.0.0.14:9447 (connection refused)","field":"nodes[store-2].portOffset"}]}}}'
echo '[WARNING]: a plain line between the events'
echo '{"_event":"v2_playbook_on_play_start","play":{"id":"p2","name":"Verify result"}}'
echo '{"_event":"v2_runner_on_failed","task":{"id":"t7","name":"es_verify : Sum up the checks"},"hosts":{"localhost":{"changed":false,"msg":"1 of 2 checks failed","esw_checks":[]}}}'
echo '{"_event":"v2_playbook_on_stats","stats":{"store-1":{"ok":1,"changed":0,"unreachable":0,"failures":0,"skipped":0,"rescued":0,"ignored":0},"store-2":{"ok":0,"changed":0,"unreachable":0,"failures":0,"skipped":0,"rescued":0,"ignored":1},"localhost":{"ok":0,"changed":0,"unreachable":0,"failures":1,"skipped":0,"rescued":0,"ignored":0}}}'
exit 2
