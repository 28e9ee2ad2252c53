# Part of ES Cluster Wizard.
"""The WSO2 server of a home as /proc shows it: shared by es_server_stop and es_service_look.

A pid file is only a hint: the servers' user can write it. A pid counts as the server of a home only
when /proc shows a live process whose command line names that home (C(-Dcarbon.home=HOME), as
wso2server.sh starts Java, or HOME/bin/wso2server.sh itself)."""

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


def _same(a, b):
    return os.path.realpath(a) == os.path.realpath(b)


def names_home(argv, home):
    """Whether a command line (list of arguments) is the server of home."""
    script = os.path.join(home, 'bin', 'wso2server.sh')
    for arg in argv:
        if arg.startswith('-Dcarbon.home=') and _same(arg[len('-Dcarbon.home='):], home):
            return True
        if arg.startswith('/') and arg.endswith('/bin/wso2server.sh') and _same(arg, script):
            return True
    return False


def _argv(pid):
    with open('/proc/%d/cmdline' % pid, 'rb') as f:
        raw = f.read()
    return [a.decode('utf-8', 'surrogateescape') for a in raw.split(b'\0') if a]


def pid_in_file(home):
    """The pid the home's pid file names, or 0."""
    try:
        with open(os.path.join(home, PID_FILE)) as f:
            return int(f.read().strip() or '0')
    except (OSError, ValueError):
        return 0


def server_uid(pid, home):
    """The uid of process pid when it is the live server of home, else None."""
    if pid <= 0:
        return None
    try:
        uid = os.stat('/proc/%d' % pid).st_uid
        if _zombie(pid) or not names_home(_argv(pid), home):
            return None
    except (OSError, ValueError):
        return None
    return uid


def user_name(uid):
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:
        return str(uid)


def process_of(home):
    """(pid, user) of the server whose pid file is in home, or (0, '') when none runs."""
    pid = pid_in_file(home)
    uid = server_uid(pid, home)
    if uid is None:
        return 0, ''
    return pid, user_name(uid)
