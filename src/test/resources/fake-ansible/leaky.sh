#!/bin/bash
# Fake ansible-playbook that records how it was started (argv, environment, the secrets file's
# mode and content) into the working directory, then echoes the password the way a careless
# module could, to prove the runner masks it.
{ for a in "$@"; do printf '%s\n' "$a"; done; } > argv.txt
env > env.txt
pwd > cwd.txt
secrets=""
prev=""
for a in "$@"; do
  if [ "$prev" = "-e" ] && [ "${a:0:1}" = "@" ]; then secrets="${a:1}"; fi
  prev="$a"
done
echo "$secrets" > secrets-path.txt
stat -c '%a' "$secrets" > secrets-mode.txt
password="$(sed -n 's/^es_cluster_db_password: !unsafe .\(.*\).$/\1/p' "$secrets")"
echo '{"_event":"v2_playbook_on_task_start","hosts":{},"task":{"id":"t1","name":"es_mysql : Create the user"}}'
printf '{"_event":"v2_runner_on_failed","hosts":{"database":{"failed":true,"msg":"Access denied for password %s"}},"task":{"id":"t1","name":"es_mysql : Create the user"}}\n' "$password"
echo "raw debug: password=$password"
echo '{"_event":"v2_playbook_on_stats","stats":{"database":{"ok":0,"changed":0,"failures":1,"unreachable":0,"skipped":0,"rescued":0,"ignored":0}}}'
exit 2
