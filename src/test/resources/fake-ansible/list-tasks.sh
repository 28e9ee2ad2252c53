#!/bin/bash
# Fake ansible-playbook --list-tasks output.
cat <<'OUT'

playbook: site.yml

  play #1 (es_database): Database	TAGS: []
    tasks:
      es_mysql : Install MariaDB	TAGS: []
      es_mysql : Create the databases	TAGS: []

  play #2 (es_nodes): ES nodes	TAGS: [es]
    tasks:
      es_node : Set the clustering domain	TAGS: []
OUT
