#!/usr/bin/python
# Part of ES Cluster Wizard.

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
module: es_server_stop
short_description: Stop the WSO2 server of a home by its process, never by its scripts
description:
  - Stops the server whose pid the home's C(wso2carbon.pid) names, as C(wso2server.sh stop) does
    (SIGTERM), and kills it (SIGKILL) when it is still there after C(timeout) seconds.
  - Runs nothing from the home: the servers' user can change its scripts and its pid file. A pid
    is signalled only when C(/proc) shows a live process whose command line names the home
    (C(-Dcarbon.home=HOME) or C(HOME/bin/wso2server.sh)), run by one of C(owners) when given.
    The signals go through a pidfd, so a pid taken by another process meanwhile is never hit.
  - Supports check mode (says whether it would stop the server).
options:
  home:
    description: The server's home (ES_HOME or IS_HOME).
    type: path
    required: true
  owners:
    description: The users the process may run as; empty takes any user.
    type: list
    elements: str
    default: []
  timeout:
    description: Seconds the server gets to stop before it is killed.
    type: int
    default: 60
author: ES Cluster Wizard
'''

EXAMPLES = r'''
- name: Stop the server started outside its service
  es_server_stop:
    home: /opt/wso2es-2.1.0
    timeout: 60
'''

RETURN = r'''
pid:
  description: The pid of the server that was stopped, or 0 when none ran.
  type: int
  returned: always
user:
  description: The user it ran as, or an empty string.
  type: str
  returned: always
killed:
  description: Whether it had to be killed after the timeout.
  type: bool
  returned: always
'''

import os
import select
import signal
import time

from ansible.module_utils.basic import AnsibleModule
from ansible.module_utils.es_server import pid_in_file, server_uid, user_name


def _gone(fd, seconds):
    """Whether the process of pidfd fd exits within seconds."""
    poller = select.poll()
    poller.register(fd, select.POLLIN)
    return bool(poller.poll(max(0, seconds) * 1000))


def main():
    module = AnsibleModule(
        argument_spec=dict(
            home=dict(type='path', required=True),
            owners=dict(type='list', elements='str', default=[]),
            timeout=dict(type='int', default=60),
        ),
        supports_check_mode=True,
    )
    home = module.params['home']
    owners = module.params['owners']
    pid = pid_in_file(home)
    try:
        fd = os.pidfd_open(pid) if pid > 0 else -1
    except OSError:
        fd = -1
    if fd < 0:
        module.exit_json(changed=False, pid=0, user='', killed=False)
    try:
        # Checked after the pidfd is open: the pidfd holds on to this very process.
        uid = server_uid(pid, home)
        if uid is None:
            module.exit_json(changed=False, pid=0, user='', killed=False)
        user = user_name(uid)
        if owners and user not in owners:
            module.fail_json(msg='%s names process %d of %s, who is not among %s: it is left running.'
                             % (os.path.join(home, 'wso2carbon.pid'), pid, user, ', '.join(owners)),
                             pid=pid, user=user, killed=False)
        if module.check_mode:
            module.exit_json(changed=True, pid=pid, user=user, killed=False)
        signal.pidfd_send_signal(fd, signal.SIGTERM)
        killed = False
        deadline = time.monotonic() + module.params['timeout']
        if not _gone(fd, deadline - time.monotonic()):
            signal.pidfd_send_signal(fd, signal.SIGKILL)
            killed = True
            _gone(fd, 10)
    except ProcessLookupError:
        killed = False
    finally:
        os.close(fd)
    module.exit_json(changed=True, pid=pid, user=user, killed=killed)


if __name__ == '__main__':
    main()
