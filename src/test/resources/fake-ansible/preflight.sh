#!/bin/bash
# Fake ansible-playbook for the preflight: store-1 cannot be reached, publisher-1 has no ES_HOME.
if [ "$1" = "--version" ]; then
    echo "ansible-playbook [core 2.14.3]"
    exit 0
fi
cat <<'EOF'
{"_event":"v2_runner_on_ok","task":{"name":"Check reachable: SSH and Python answer"},"hosts":{"database":{"changed":false},"publisher-1":{"changed":false},"identity-server":{"changed":false},"load-balancer":{"changed":false}}}
{"_event":"v2_runner_on_unreachable","task":{"name":"Check reachable: SSH and Python answer"},"hosts":{"store-1":{"unreachable":true,"msg":"Failed to connect to the host via ssh: ssh: connect to host 127.0.0.5 port 22: Connection refused"}}}
{"_event":"v2_runner_on_ok","task":{"name":"Check es_home: ES is installed there"},"hosts":{"publisher-1":{"changed":false,"msg":{"ok":false,"detail":"/srv/sandbox/publisher-1/wso2es-2.1.0 has no bin/wso2server.sh; it is not an ES 2.1.0 home, and no ES pack is chosen to unpack there"}}}}
EOF
exit 2
