#!/bin/bash
# Fake ansible-playbook: one es_node task fails on publisher-1 (a host of the sandbox project); exit code 2.
cat <<'JSONL'
{"_event":"v2_playbook_on_play_start","_timestamp":"2026-01-01T00:00:00.000000Z","play":{"duration":{"start":"2026-01-01T00:00:00.000000Z"},"id":"p1","name":"ES nodes","path":"/srv/site.yml:1"},"tasks":[]}
{"_event":"v2_playbook_on_task_start","_timestamp":"2026-01-01T00:00:01.000000Z","hosts":{},"task":{"duration":{"start":"2026-01-01T00:00:01.000000Z"},"id":"t1","name":"es_node : Copy the JDBC driver","path":"/srv/roles/es_node/tasks/main.yml:1"}}
{"_event":"v2_runner_on_failed","_timestamp":"2026-01-01T00:00:02.000000Z","hosts":{"publisher-1":{"action":"ansible.builtin.copy","changed":false,"failed":true,"msg":"Destination directory /opt/wso2es-2.1.0/repository/components/lib does not exist"}},"task":{"duration":{"end":"2026-01-01T00:00:02.000000Z","start":"2026-01-01T00:00:01.000000Z"},"id":"t1","name":"es_node : Copy the JDBC driver","path":"/srv/roles/es_node/tasks/main.yml:1"}}
{"_event":"v2_playbook_on_stats","_timestamp":"2026-01-01T00:00:03.000000Z","custom_stats":{},"global_custom_stats":{},"stats":{"publisher-1":{"changed":0,"failures":1,"ignored":0,"ok":0,"rescued":0,"skipped":0,"unreachable":0}}}
JSONL
exit 2
