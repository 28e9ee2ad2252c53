#!/usr/bin/python
# Part of ES Cluster Wizard.

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
module: es_home_owners
short_description: A server's home belongs to root, but for the folders the server writes while it runs
description:
  - Gives everything under C(home) to root (user and group 0), except the folders of C(writable)
    and the files of C(user_files), which with everything below them go to C(user) and C(group),
    and the files of C(group_files) with their backup copies (C(FILE.PID.DATE~)), which go to root
    and C(group) (files holding passwords the server reads: their mode is left to es_secret_files).
  - A folder of C(writable) that is missing is made (mode 0750) when its parent exists; a file of
    C(user_files) that is missing is made empty (mode 0644).
  - Symbolic links are changed themselves and never followed.
  - Changes only what differs; supports check mode.
options:
  home:
    description: The home (ES_HOME, IS_HOME or a JDK).
    type: path
    required: true
  user:
    description: The servers' user.
    type: str
    default: ''
  group:
    description: The servers' group.
    type: str
    default: ''
  writable:
    description: Folders, relative to the home, that the server writes while it runs.
    type: list
    elements: str
    default: []
  user_files:
    description: Files, relative to the home, that the server writes while it runs (its pid file).
    type: list
    elements: str
    default: []
  group_files:
    description: Files, relative to the home, that the server reads and root keeps.
    type: list
    elements: str
    default: []
author: ES Cluster Wizard
'''

EXAMPLES = r'''
- name: The home is root's but for where Carbon writes
  es_home_owners:
    home: /opt/wso2es-2.1.0
    user: wso2
    group: wso2
    writable: [tmp, repository/logs]
    user_files: [wso2carbon.pid]
    group_files: [repository/conf/user-mgt.xml]
'''

RETURN = r'''
changed_count:
  description: How many files and folders changed owner (or were made).
  type: int
  returned: always
changed_sample:
  description: The first of them, relative to the home.
  type: list
  elements: str
  returned: always
'''

import grp
import os
import pwd
import re

from ansible.module_utils.basic import AnsibleModule

SAMPLE = 20
BACKUP = re.compile(r'^(.+)\.\d+\.\d{4}-\d\d-\d\d@[\d:]+~$')


class Owners(object):
    def __init__(self, home, check):
        self.home = home
        self.check = check
        self.count = 0
        self.sample = []

    def give(self, path, uid, gid):
        st = os.lstat(path)
        if st.st_uid == uid and st.st_gid == gid:
            return
        self._note(path)
        if not self.check:
            os.lchown(path, uid, gid)

    def make(self, path, folder, uid, gid):
        self._note(path)
        if self.check:
            return
        if folder:
            os.mkdir(path, 0o750)
        else:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o644))
        os.lchown(path, uid, gid)

    def walk(self, target):
        """Gives every path under the home the owner target(path) names."""
        self.give(self.home, *target(self.home))
        for root, dirs, files in os.walk(self.home):
            for name in dirs + files:
                path = os.path.join(root, name)
                self.give(path, *target(path))

    def _note(self, path):
        self.count += 1
        if len(self.sample) < SAMPLE:
            self.sample.append(os.path.relpath(path, self.home))


def _backup_of(path):
    """The file a backup copy (FILE.PID.DATE~, as Ansible's backup option names it) belongs to, or None."""
    name = os.path.basename(path)
    match = BACKUP.match(name)
    return os.path.join(os.path.dirname(path), match.group(1)) if match else None


def _inside(home, relative):
    path = os.path.normpath(os.path.join(home, relative))
    if not path.startswith(home.rstrip('/') + '/'):
        raise ValueError('%s is not inside %s' % (relative, home))
    return path


def main():
    module = AnsibleModule(
        argument_spec=dict(
            home=dict(type='path', required=True),
            user=dict(type='str', default=''),
            group=dict(type='str', default=''),
            writable=dict(type='list', elements='str', default=[]),
            user_files=dict(type='list', elements='str', default=[]),
            group_files=dict(type='list', elements='str', default=[]),
        ),
        supports_check_mode=True,
    )
    p = module.params
    home = os.path.realpath(p['home'])
    if not os.path.isdir(home):
        module.fail_json(msg='%s is not a folder.' % home)
    uid = gid = None
    if p['writable'] or p['user_files'] or p['group_files']:
        try:
            uid = pwd.getpwnam(p['user']).pw_uid
            gid = grp.getgrnam(p['group']).gr_gid
        except KeyError:
            module.fail_json(msg='The user %s or the group %s does not exist.' % (p['user'], p['group']))
    owners = Owners(home, module.check_mode)
    try:
        writable = [_inside(home, w) for w in p['writable']]
        user_files = [_inside(home, f) for f in p['user_files']]
        group_files = [_inside(home, f) for f in p['group_files']]
        groups = set(group_files)
        users = set(user_files)

        def target(path):
            if path in groups or _backup_of(path) in groups:
                return 0, gid
            if path in users or any(path == w or path.startswith(w + '/') for w in writable):
                return uid, gid
            return 0, 0
        for path in writable:
            if not os.path.lexists(path) and os.path.isdir(os.path.dirname(path)) \
                    and not os.path.islink(os.path.dirname(path)):
                owners.make(path, True, uid, gid)
        for path in user_files:
            if not os.path.lexists(path) and os.path.isdir(os.path.dirname(path)):
                owners.make(path, False, uid, gid)
        owners.walk(target)
    except (OSError, ValueError) as e:
        module.fail_json(msg='Cannot set the owners under %s: %s' % (home, e))
    module.exit_json(changed=owners.count > 0, changed_count=owners.count, changed_sample=owners.sample)


if __name__ == '__main__':
    main()
