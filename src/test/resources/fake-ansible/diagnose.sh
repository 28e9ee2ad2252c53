#!/bin/bash
# Fake ansible-playbook for diagnose.yml: writes each host's zip, as es_diagnose and fetch leave it,
# into es_diagnose_dest, except for store-2, which it reports unreachable with a message that holds
# the database password (as a careless module could), and exits with 4 as Ansible does then. The
# password it plants is the one of the secrets vars file (-e @FILE). When the project's folder
# holds create-at.txt, it creates the folder named there, as if someone else did meanwhile.
here="$(cd "$(dirname "$0")" && pwd)"
dest=$(sed -n "s/^es_diagnose_dest: *\(!unsafe \)\?'\?\([^']*\)'\?$/\2/p" inventory/group_vars/all/operation.yml)
secrets=""
while [ $# -gt 0 ]; do [ "$1" = -e ] && case "$2" in @*) secrets="${2#@}";; esac; shift; done
/usr/bin/python3 "$here/diagnose_zips.py" "$dest" "$secrets" || exit 1
[ -f ../../create-at.txt ] && mkdir -p "$(cat ../../create-at.txt)"
exit 4
