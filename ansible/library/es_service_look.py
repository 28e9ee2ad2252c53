#!/usr/bin/python
# Part of ES Cluster Wizard.

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
module: es_service_look
short_description: One look at a WSO2 server before it is made a service of its machine
description:
  - Says, in one call, what the service role decides from - whether the home holds
    C(bin/wso2server.sh), the first folder on the way to the home that the servers' user cannot
    enter, the JDK of the C(java) on the PATH, whether the server runs and as whom, and whether
    its service starts at boot.
  - The user's way to the home is tried as that user (a child process that takes on its uid,
    gid and groups), so ACLs and group rights count as they will when the service runs.
  - Reads only; supports check mode.
options:
  home:
    description: The server's home (ES_HOME or IS_HOME).
    type: path
    required: true
  user:
    description:
      - The user the server is to run as. For a user that does not exist yet the way is read from the
        folders' permissions for others, which is what a new system account gets.
    type: str
    required: true
  group:
    description: The user's group (whether the home already belongs to user and group).
    type: str
    required: true
  service:
    description: The service's name.
    type: str
    required: true
  manager:
    description: C(systemd), or C(sysv) for an init script.
    type: str
    choices: [systemd, sysv]
    required: true
  definition:
    description: The service's definition file (its SHA-1 is returned).
    type: path
    required: true
  rc_dirs:
    description: The folders of an init script's boot links (sysv).
    type: list
    elements: path
    default: []
  unit_dir:
    description: Where systemd units are enabled (their C(*.target.wants) folders).
    type: path
    default: /etc/systemd/system
author: ES Cluster Wizard
'''

EXAMPLES = r'''
- name: Look at the server, its home and its service
  es_service_look:
    home: /opt/wso2es-2.1.0
    user: wso2
    service: esw-shop-store-1
    manager: sysv
    definition: /etc/init.d/esw-shop-store-1
    rc_dirs: [/etc/rc2.d, /etc/rc3.d]
  register: es_service_look
'''

RETURN = r'''
home_found:
  description: Whether the home holds bin/wso2server.sh.
  type: bool
  returned: always
user_exists:
  description: Whether the servers' user exists.
  type: bool
  returned: always
blocked:
  description: The first folder on the way to the home that the user cannot enter, or an empty string.
  type: str
  returned: always
java_home:
  description: The JDK of the java on the PATH (above jre/ for a JDK 8), or an empty string.
  type: str
  returned: always
running:
  description: Whether the server of the home runs (its pid file names a live process).
  type: bool
  returned: always
process_user:
  description: The user it runs as, or an empty string.
  type: str
  returned: always
owned:
  description: Whether the home and everything in it belong to the user and group already.
  type: bool
  returned: always
definition_checksum:
  description: The SHA-1 of the definition file, or an empty string when there is none.
  type: str
  returned: always
boot_enabled:
  description: Whether the service starts at boot (a start link in an rc folder, or a wanted-by link).
  type: bool
  returned: always
'''

import glob
import grp
import os
import pwd
import shutil
import stat

from ansible.module_utils.basic import AnsibleModule
from ansible.module_utils.es_server import process_of


def _parents(home):
    parts = home.strip('/').split('/')[:-1]
    return ['/' + '/'.join(parts[:i + 1]) for i in range(len(parts))]


def blocked_folder(home, account):
    """The first parent of home the account cannot enter, tried in a child running as it."""
    read_end, write_end = os.pipe()
    child = os.fork()
    if child == 0:
        os.close(read_end)
        answer = ''
        try:
            os.initgroups(account.pw_name, account.pw_gid)
            os.setgid(account.pw_gid)
            os.setuid(account.pw_uid)
            for folder in _parents(home):
                if os.path.isdir(folder) and not os.access(folder, os.X_OK):
                    answer = folder
                    break
        except OSError as e:
            answer = '(cannot check: %s)' % e
        os.write(write_end, answer.encode('utf-8', 'surrogateescape'))
        os._exit(0)
    os.close(write_end)
    chunks = []
    while True:
        chunk = os.read(read_end, 4096)
        if not chunk:
            break
        chunks.append(chunk)
    os.close(read_end)
    os.waitpid(child, 0)
    return b''.join(chunks).decode('utf-8', 'surrogateescape')


def blocked_for_others(home):
    """The first parent of home without search permission for others (an account not made yet)."""
    for folder in _parents(home):
        try:
            mode = os.stat(folder).st_mode
        except OSError:
            break
        if stat.S_ISDIR(mode) and not mode & stat.S_IXOTH:
            return folder
    return ''


def owned_by(home, uid, gid):
    """Whether home and everything below it (links not followed) belong to uid and gid."""
    if not os.path.isdir(home):
        return False
    for root, dirs, files in os.walk(home):
        for name in [root] + [os.path.join(root, n) for n in dirs + files]:
            st = os.lstat(name)
            if st.st_uid != uid or st.st_gid != gid:
                return False
    return True


def java_home_on_path():
    java = shutil.which('java')
    if not java:
        return ''
    home = os.path.dirname(os.path.dirname(os.path.realpath(java)))
    return home[:-len('/jre')] if home.endswith('/jre') else home


def boot_enabled(service, manager, rc_dirs, unit_dir):
    if manager == 'systemd':
        return bool(glob.glob(os.path.join(unit_dir, '*.wants', service + '.service')))
    return any(glob.glob(os.path.join(d, 'S[0-9][0-9]' + service)) for d in rc_dirs)


def main():
    module = AnsibleModule(
        argument_spec=dict(
            home=dict(type='path', required=True),
            user=dict(type='str', required=True),
            group=dict(type='str', required=True),
            service=dict(type='str', required=True),
            manager=dict(type='str', required=True, choices=['systemd', 'sysv']),
            definition=dict(type='path', required=True),
            rc_dirs=dict(type='list', elements='path', default=[]),
            unit_dir=dict(type='path', default='/etc/systemd/system'),
        ),
        supports_check_mode=True,
    )
    p = module.params
    try:
        account = pwd.getpwnam(p['user'])
    except KeyError:
        account = None
    try:
        gid = grp.getgrnam(p['group']).gr_gid
    except KeyError:
        gid = None
    pid, process_user = process_of(p['home'])
    module.exit_json(
        changed=False,
        home_found=os.path.isfile(os.path.join(p['home'], 'bin', 'wso2server.sh')),
        user_exists=account is not None,
        blocked=blocked_folder(p['home'], account) if account is not None else blocked_for_others(p['home']),
        owned=account is not None and gid is not None and owned_by(p['home'], account.pw_uid, gid),
        java_home=java_home_on_path(),
        running=pid > 0,
        process_user=process_user,
        definition_checksum=module.sha1(p['definition']) if os.path.isfile(p['definition']) else '',
        boot_enabled=boot_enabled(p['service'], p['manager'], p['rc_dirs'], p['unit_dir']),
    )


if __name__ == '__main__':
    main()
