#!/usr/bin/python3
# Part of ES Cluster Wizard: closes the files that hold passwords, and their backup copies.

DOCUMENTATION = r'''
module: es_secret_files
short_description: Close files that hold passwords to other users, with their backup copies
description:
  - Gives each file of C(paths) that exists the C(mode) (and C(owner), C(group) when set), and
    the same to each of its backup copies (C(FILE.PID.DATE~), as the C(backup) option of Ansible's
    modules names them), which hold the passwords the file held before.
  - Keeps only the newest C(backup_keep) backup copies of each file and removes the older ones.
  - Files that do not exist are left out, so that a list can name every file that may hold a password.
author: ES Cluster Wizard
options:
  paths:
    description: The files.
    type: list
    elements: path
    required: true
  mode:
    description: Mode of the files and their backup copies.
    type: raw
    default: '0600'
  owner:
    description: Owner of the files and their backup copies; left as it is when unset.
    type: str
  group:
    description: Group of the files and their backup copies; left as it is when unset.
    type: str
  backup_keep:
    description: How many backup copies of each file stay, the newest; 0 removes them all.
    type: int
    default: 3
notes:
  - Supports check mode.
'''

EXAMPLES = r'''
- name: Datasources readable by the service account only, with their last three backups
  es_secret_files:
    paths:
      - /opt/wso2es-2.1.0/repository/conf/datasources/master-datasources.xml
      - /opt/wso2es-2.1.0/repository/conf/user-mgt.xml
    mode: "0600"
    backup_keep: 3
'''

RETURN = r'''
secured:
  description: Files and backup copies whose mode, owner or group changed.
  returned: always
  type: list
  elements: str
pruned:
  description: Backup copies removed as older than the newest C(backup_keep).
  returned: always
  type: list
  elements: str
'''

import os

from ansible.module_utils.basic import AnsibleModule
from ansible.module_utils.es_backups import backups_of, set_attributes


def main():
    module = AnsibleModule(
        argument_spec=dict(
            paths=dict(type='list', elements='path', required=True),
            mode=dict(type='raw', default='0600'),
            owner=dict(type='str'),
            group=dict(type='str'),
            backup_keep=dict(type='int', default=3),
        ),
        supports_check_mode=True,
    )
    p = module.params
    if p['backup_keep'] < 0:
        module.fail_json(msg='backup_keep must be 0 or more, not %d' % p['backup_keep'])
    secured, pruned = [], []
    for path in p['paths']:
        if not os.path.isfile(path):
            continue
        copies = backups_of(path)
        old = copies[:max(len(copies) - p['backup_keep'], 0)]
        for f in [path] + copies[len(old):]:
            if set_attributes(module, f, p['mode'], p['owner'], p['group']):
                secured.append(f)
        for f in old:
            if not module.check_mode:
                try:
                    os.unlink(f)
                except OSError as e:
                    module.fail_json(msg='cannot remove the old backup copy %s: %s' % (f, e), secured=secured,
                                     pruned=pruned)
            pruned.append(f)
    module.exit_json(changed=bool(secured or pruned), secured=secured, pruned=pruned)


if __name__ == '__main__':
    main()
