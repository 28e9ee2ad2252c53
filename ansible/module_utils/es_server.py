# Part of ES Cluster Wizard.
"""The WSO2 server of a home as /proc shows it: shared by es_server_process and es_service_look."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

import os
import pwd

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
