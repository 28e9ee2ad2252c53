#!/bin/bash
# Fake ansible-playbook for RunAsksTour, on a 2+2 project: the version, the preflight's findings, and a run
# in which sudo refuses its password on store-2 and a command fails on publisher-1; exit code 2.
here="$(cd "$(dirname "$(readlink -f "$0")")" && pwd)"
for arg in "$@"; do
    if [ "$arg" = "--version" ]; then
        exec "$here/preflight.sh" "$@"
    fi
    if [ "$arg" = "preflight.yml" ]; then
        cat <<'EOF'
{"_event":"v2_runner_on_ok","task":{"name":"Check reachable: SSH and Python answer"},"hosts":{"database":{},"publisher-1":{},"publisher-2":{},"store-1":{},"identity-server":{},"load-balancer":{}}}
{"_event":"v2_runner_on_unreachable","task":{"name":"Check reachable: SSH and Python answer"},"hosts":{"store-2":{"unreachable":true,"msg":"Failed to connect to the host via ssh: ssh: connect to host 127.0.0.14 port 22: Connection refused"}}}
{"_event":"v2_runner_on_ok","task":{"name":"Check es_home: ES is installed there"},"hosts":{"publisher-1":{"msg":{"ok":false,"detail":"/opt/wso2es-2.1.0 has no bin/wso2server.sh; it is not an ES 2.1.0 home, and no ES pack is chosen to unpack there"}},"publisher-2":{"msg":{"ok":true,"detail":"ES 2.1.0"}},"store-1":{"msg":{"ok":true,"detail":"ES 2.1.0"}}}}
{"_event":"v2_runner_on_ok","task":{"name":"Check member_ports: the nodes reach each other"},"hosts":{"store-1":{"msg":{"ok":false,"detail":"store-1 cannot reach publisher-2 (127.0.0.12:4001): timed out"}}}}
EOF
        exit 2
    fi
done
cat <<'JSONL'
{"_event":"v2_playbook_on_play_start","_timestamp":"2026-01-01T00:00:00.000000Z","play":{"duration":{"start":"2026-01-01T00:00:00.000000Z"},"id":"p1","name":"ES nodes","path":"/srv/site.yml:1"},"tasks":[]}
{"_event":"v2_playbook_on_task_start","_timestamp":"2026-01-01T00:00:01.000000Z","hosts":{},"task":{"duration":{"start":"2026-01-01T00:00:01.000000Z"},"id":"t1","name":"es_machine : Become root","path":"/srv/roles/es_machine/tasks/main.yml:1"}}
{"_event":"v2_runner_on_failed","_timestamp":"2026-01-01T00:00:02.000000Z","hosts":{"store-2":{"changed":false,"failed":true,"msg":"Incorrect sudo password"}},"task":{"duration":{"end":"2026-01-01T00:00:02.000000Z","start":"2026-01-01T00:00:01.000000Z"},"id":"t1","name":"es_machine : Become root","path":"/srv/roles/es_machine/tasks/main.yml:1"}}
{"_event":"v2_playbook_on_task_start","_timestamp":"2026-01-01T00:00:03.000000Z","hosts":{},"task":{"duration":{"start":"2026-01-01T00:00:03.000000Z"},"id":"t2","name":"es_node : Check the ES home","path":"/srv/roles/es_node/tasks/main.yml:9"}}
{"_event":"v2_runner_on_failed","_timestamp":"2026-01-01T00:00:04.000000Z","hosts":{"publisher-1":{"changed":true,"failed":true,"rc":1,"cmd":["/opt/wso2es-2.1.0/bin/wso2server.sh","--version"],"msg":"non-zero return code","stderr":"Error: JAVA_HOME is not defined correctly.\nCARBON cannot execute /usr/lib/jvm/java-8/bin/java\n/opt/wso2es-2.1.0/bin/wso2server.sh: line 107: /usr/lib/jvm/java-8/bin/java: No such file or directory\nChecked: JAVA_HOME=/usr/lib/jvm/java-8\nChecked: CARBON_HOME=/opt/wso2es-2.1.0\nHint: ES 2.1.0 runs on Java 7 or 8","stdout":""}},"task":{"duration":{"end":"2026-01-01T00:00:04.000000Z","start":"2026-01-01T00:00:03.000000Z"},"id":"t2","name":"es_node : Check the ES home","path":"/srv/roles/es_node/tasks/main.yml:9"}}
{"_event":"v2_playbook_on_stats","_timestamp":"2026-01-01T00:00:05.000000Z","custom_stats":{},"global_custom_stats":{},"stats":{"publisher-1":{"changed":0,"failures":1,"ignored":0,"ok":3,"rescued":0,"skipped":0,"unreachable":0},"store-2":{"changed":0,"failures":1,"ignored":0,"ok":0,"rescued":0,"skipped":0,"unreachable":0}}}
JSONL
exit 2
