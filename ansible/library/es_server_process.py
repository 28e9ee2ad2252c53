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

from ansible.module_utils.basic import AnsibleModule
from ansible.module_utils.es_server import process_of


def main():
    module = AnsibleModule(
        argument_spec=dict(home=dict(type='path', required=True)),
        supports_check_mode=True,
    )
    pid, user = process_of(module.params['home'])
    module.exit_json(changed=False, running=pid > 0, pid=pid, user=user)


if __name__ == '__main__':
    main()
