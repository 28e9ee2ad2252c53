#!/usr/bin/python
# Part of ES Cluster Wizard.

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
module: es_verify_host_security
short_description: Check that other users cannot read a server's passwords, nor its user change what root runs
description:
  - C(password-files) - no file of C(password_files) under C(home), nor a backup copy of one
    (C(FILE.PID.DATE~)), grants other users any access.
  - C(root-scripts) - the servers' C(user) can change none of what root runs for this server -
    the service definitions on the machine that name the home (C(/etc/init.d), systemd units) and
    the home's C(bin/wso2server.sh) - nor the folders that hold them (it could replace them). Tried
    as the user (a child process that takes on its uid, gid and groups), so ACLs and groups count.
  - C(admin-account) - with C(user_store), the admin account does not have the stock password
    C(admin): neither in the home's C(user-mgt.xml) (which Carbon stores at its first start) nor in
    the shared user store (its salted SHA-256 hash, read as the application user).
  - Reads only; supports check mode.
options:
  target:
    description: The inventory host the checks are about.
    type: str
    required: true
  home:
    description: The server's home.
    type: path
    required: true
  user:
    description: The servers' user.
    type: str
    required: true
  password_files:
    description: Files, relative to the home, that hold passwords.
    type: list
    elements: str
    default: []
  service_dirs:
    description: Where service definitions live.
    type: list
    elements: path
    default: [/etc/init.d, /etc/systemd/system]
  user_store:
    description: The shared user store (database, login_host, login_port, login_user, login_password); none skips its part.
    type: dict
  timeout:
    description: Seconds a database connection may take.
    type: int
    default: 10
author: ES Cluster Wizard
'''

EXAMPLES = r'''
- name: No password readable by other users, nothing root runs writable by the servers' user
  es_verify_host_security:
    target: store-1
    home: /opt/wso2es-2.1.0
    user: wso2
    password_files: [repository/conf/user-mgt.xml]
'''

RETURN = r'''
esw_checks:
  description: The checks (see module_utils/es_verify.py).
  type: list
  returned: always
'''

import os
import pwd
import re
import stat
from xml.etree import ElementTree

from ansible.module_utils.basic import AnsibleModule
from ansible.module_utils.es_carbon_password import admin_row, matches
from ansible.module_utils.es_verify import check, report

try:
    import pymysql
except ImportError:
    pymysql = None

BACKUP = re.compile(r'^(.+)\.\d+\.\d{4}-\d\d-\d\d@[\d:]+~$')
STOCK = 'admin'
FIELD = 'secrets.carbonAdminPassword'


def open_to_others(home, relative):
    """(path, mode) of each file of relative and its backup copies that grants other users access."""
    path = os.path.join(home, relative)
    folder, name = os.path.split(path)
    found = []
    try:
        names = os.listdir(folder)
    except OSError:
        return found
    for candidate in names:
        match = BACKUP.match(candidate)
        if candidate != name and not (match and match.group(1) == name):
            continue
        full = os.path.join(folder, candidate)
        st = os.lstat(full)
        if stat.S_ISREG(st.st_mode) and st.st_mode & 0o007:
            found.append((full, stat.S_IMODE(st.st_mode)))
    return sorted(found)


def definitions_naming(home, dirs):
    out = []
    needle = home.encode('utf-8', 'surrogateescape')
    for d in dirs:
        try:
            names = sorted(os.listdir(d))
        except OSError:
            continue
        for name in names:
            path = os.path.join(d, name)
            if not os.path.isfile(path) or os.path.islink(path):
                continue
            try:
                with open(path, 'rb') as f:
                    if needle in f.read(1 << 20):
                        out.append(path)
            except OSError:
                continue
    return out


def writable_as(account, paths):
    """The paths (files and the folders holding them) the account may write, tried in a child as it."""
    read_end, write_end = os.pipe()
    child = os.fork()
    if child == 0:
        os.close(read_end)
        answer = []
        try:
            os.initgroups(account.pw_name, account.pw_gid)
            os.setgid(account.pw_gid)
            os.setuid(account.pw_uid)
            for path in paths:
                for p in (path, os.path.dirname(path)):
                    if os.path.exists(p) and os.access(p, os.W_OK) and p not in answer:
                        answer.append(p)
        except OSError as e:
            answer = ['(cannot check: %s)' % e]
        os.write(write_end, '\n'.join(answer).encode('utf-8', 'surrogateescape'))
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
    text = b''.join(chunks).decode('utf-8', 'surrogateescape')
    return [line for line in text.split('\n') if line]


def admin_in_user_mgt(home):
    try:
        root = ElementTree.parse(os.path.join(home, 'repository/conf/user-mgt.xml')).getroot()
    except (OSError, ElementTree.ParseError):
        return None
    node = root.find('Realm/Configuration/AdminUser/Password')
    return None if node is None else (node.text or '').strip()


def admin_in_store(store, timeout):
    """True when the store's admin has the stock password, False when another, None when it has none."""
    connection = pymysql.connect(host=store['login_host'], port=int(store['login_port']), user=store['login_user'],
                                 password=store['login_password'].encode('utf-8'), database=store['database'],
                                 connect_timeout=timeout, charset='utf8mb4')
    try:
        row = admin_row(connection, 'admin')
    finally:
        connection.close()
    return None if row is None else matches(STOCK, row[1], row[2])


def main():
    module = AnsibleModule(
        argument_spec=dict(
            target=dict(type='str', required=True),
            home=dict(type='path', required=True),
            user=dict(type='str', required=True),
            password_files=dict(type='list', elements='str', default=[]),
            service_dirs=dict(type='list', elements='path', default=['/etc/init.d', '/etc/systemd/system']),
            user_store=dict(type='dict', no_log=True),
            timeout=dict(type='int', default=10),
        ),
        supports_check_mode=True,
    )
    p = module.params
    target, home = p['target'], p['home']
    checks = []

    open_files = []
    for relative in p['password_files']:
        open_files.extend(open_to_others(home, relative))
    checks.append(check(
        'password-files', target, 'No file holding a password on %s is readable by other users' % target,
        not open_files,
        cause='%s: other users of the machine may read them (mode %s). Run the project again: it closes them '
              '(0640, root and the servers\' group).' % (', '.join(f for f, _ in open_files[:5]),
                                                         ', '.join('%04o' % m for _, m in open_files[:5]))))

    try:
        account = pwd.getpwnam(p['user'])
    except KeyError:
        account = None
    root_run = definitions_naming(home, p['service_dirs']) + [os.path.join(home, 'bin', 'wso2server.sh')]
    writable = writable_as(account, root_run) if account is not None else []
    checks.append(check(
        'root-scripts', target, 'The servers\' user %s cannot change what root runs for %s' % (p['user'], target),
        account is not None and not writable,
        cause=('%s can write %s: a server taken over could make root run its code at the next start or stop. '
               'Run the project again: root takes back its scripts and the home but for where Carbon writes.'
               % (p['user'], ', '.join(writable))) if account is not None
        else 'the servers\' user %s does not exist: run the project first.' % p['user']))

    stock_files = admin_in_user_mgt(home) == STOCK
    stock_store = None
    store_error = ''
    if p['user_store']:
        if pymysql is None:
            store_error = 'PyMySQL is not installed on %s (install python3-pymysql)' % target
        else:
            try:
                stock_store = admin_in_store(p['user_store'], p['timeout'])
            except pymysql.err.MySQLError as e:
                store_error = 'the user store could not be read: %s' % e.args[-1]
    if stock_store:
        cause = ('the shared user store still holds the stock admin/admin, which logs in to every node\'s '
                 'management console. Choose the admin password and run the project again.')
    elif stock_files:
        cause = ('%s/repository/conf/user-mgt.xml gives the admin the stock password admin, which Carbon stores '
                 'at its first start. Choose the admin password and run the project again.' % home)
    else:
        cause = store_error
    checks.append(check('admin-account', target, 'admin/admin no longer logs in on %s' % target,
                        not (stock_store or stock_files or store_error), cause=cause,
                        field=FIELD if (stock_store or stock_files) else ''))

    report(module, checks)


if __name__ == '__main__':
    main()
