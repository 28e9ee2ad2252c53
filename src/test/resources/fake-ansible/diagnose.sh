#!/bin/bash
# Fake ansible-playbook for diagnose.yml: writes each host's zip, as es_diagnose and fetch leave it,
# into es_diagnose_dest, except for store-2, which it reports unreachable (its message holds the
# database password, as a careless module could). ESW_FAKE_PASSWORD is the password to plant in the
# files; ESW_FAKE_CREATE, when set, is a path it creates as if someone else did meanwhile.
here="$(cd "$(dirname "$0")" && pwd)"
dest=$(sed -n "s/^es_diagnose_dest: *\(!unsafe \)\?'\?\([^']*\)'\?$/\2/p" inventory/group_vars/all/operation.yml)
/usr/bin/python3 "$here/diagnose_zips.py" "$dest" || exit 1
[ -n "$ESW_FAKE_CREATE" ] && mkdir -p "$ESW_FAKE_CREATE"
printf '%s\n' '{"_event":"v2_runner_on_unreachable","_timestamp":"2026-11-25T22:02:37.848906Z","hosts":{"store-2":{"action":"ansible.builtin.command","changed":false,"msg":"Failed to connect to the host via ssh: ssh: connect to host 127.0.0.1 port 1: Connection refused","unreachable":true}},"task":{"duration":{"end":"2026-11-25T22:02:37.848737Z","start":"2026-11-25T22:02:37.608479Z"},"id":"02fc0000-0001-6349-558b-000000000007","name":"Log in and become the configured user","path":"/srv/demo/diagnose.yml:7"}}'
exit 4
