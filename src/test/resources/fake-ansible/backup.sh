#!/bin/bash
# Fake ansible-playbook for the backup commands: records argv, then plays the database machine.
# backup.yml: reports the backup's manifest (and writes the copy into es_backup_fetch_dir);
# backups.yml: lists two backups. Anything else succeeds without a word.
{ for a in "$@"; do printf '%s\n' "$a"; done; } > argv.txt
vars=inventory/group_vars/all/operation.yml
value() { sed -n "s/^$1: !unsafe '\\(.*\\)'\$/\\1/p" "$vars" 2>/dev/null; }
playbook="$3"
dump='CREATE DATABASE `WSO2REG_DB`;'
sha=$(printf '%s\n' "$dump" | sha256sum | cut -d' ' -f1)
manifest() {
  printf '{"id":"%s","time":"2026-03-01T10:15:00Z","reason":"%s","size":%s,"databases":[{"name":"WSO2REG_DB","file":"WSO2REG_DB.sql","size":%s,"sha256":"%s"}]}' \
    "$1" "$2" "$3" "$3" "$4"
}
if [ "$playbook" = backup.yml ]; then
  id=$(value es_backup_id)
  m=$(manifest "$id" "$(value es_backup_reason)" 30 "$sha")
  fetch=$(value es_backup_fetch_dir)
  if [ -n "$fetch" ]; then
    printf '%s\n' "$dump" > "$fetch/$id/WSO2REG_DB.sql"
    printf '%s\n' "$m" > "$fetch/$id/manifest.json"
  fi
  printf '{"_event":"v2_runner_on_ok","task":{"id":"t1","name":"Report the backup"},"hosts":{"database":{"changed":false,"esw_backup":%s}}}\n' "$m"
elif [ "$playbook" = backups.yml ]; then
  printf '{"_event":"v2_runner_on_ok","task":{"id":"t1","name":"List the backups"},"hosts":{"database":{"changed":false,"esw_backups":[%s,%s]}}}\n' \
    "$(manifest 20260301-101500 "before teardown --drop-databases" 1400000 "$sha")" "$(manifest 20260302-090000 "" 812000 "$sha")"
fi
echo '{"_event":"v2_playbook_on_stats","stats":{"database":{"ok":1,"changed":0,"failures":0,"unreachable":0,"skipped":0,"rescued":0,"ignored":0}}}'
