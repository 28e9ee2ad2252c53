#!/usr/bin/python
# Part of ES Cluster Wizard.

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
module: es_server_process
short_description: Whether a WSO2 server runs from a home, and as which user
description:
  - Reads the pid file a WSO2 Carbon server keeps in its home (C(wso2carbon.pid)) and looks the
    process up in C(/proc): whether it runs, its pid, and the user it runs as.
  - A pid file whose process is gone counts as not running.
  - Reads only; supports check mode.
options:
  home:
    description: The server's home (ES_HOME or IS_HOME).
    type: path
    required: true
author: ES Cluster Wizard
'''

EXAMPLES = r'''
- name: Does the node run, and as whom?
  es_server_process:
    home: "{{ es_node_home }}"
  register: es_service_process
'''

RETURN = r'''
running:
  description: Whether the process of the pid file runs.
  type: bool
  returned: always
pid:
  description: Its pid, or 0.
  type: int
  returned: always
user:
  description: The name of the user it runs as (its uid when the name is unknown), or an empty string.
  type: str
  returned: always
'''

import os
import pwd

from ansible.module_utils.basic import AnsibleModule

PID_FILE = 'wso2carbon.pid'


def _zombie(pid):
    """An exited process its parent has not reaped yet: gone, though /proc still lists it."""
    with open('/proc/%d/status' % pid) as f:
        for line in f:
            if line.startswith('State:'):
                return line.split()[1] == 'Z'
    return False


def process_of(home):
    """(pid, user) of the server whose pid file is in home, or (0, '') when none runs."""
    try:
        with open(os.path.join(home, PID_FILE)) as f:
            pid = int(f.read().strip())
        uid = os.stat('/proc/%d' % pid).st_uid
        if _zombie(pid):
            return 0, ''
    except (OSError, ValueError):
        return 0, ''
    try:
        return pid, pwd.getpwuid(uid).pw_name
    except KeyError:
        return pid, str(uid)


def main():
    module = AnsibleModule(
        argument_spec=dict(home=dict(type='path', required=True)),
        supports_check_mode=True,
    )
    pid, user = process_of(module.params['home'])
    module.exit_json(changed=False, running=pid > 0, pid=pid, user=user)


if __name__ == '__main__':
    main()
