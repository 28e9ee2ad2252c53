#!/usr/bin/python
# Part of ES Cluster Wizard.

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
module: es_carbon_admin
short_description: Give the admin account of a Carbon 4.4 JDBC user store its password
description:
  - Reads the super tenant's C(user) from C(UM_USER) and, when its stored hash is not C(password)'s,
    stores it the way Carbon's JDBC user store manager does (C(UpdateUserPasswordSQL)): a new salt
    (16 random bytes, base64) in C(UM_SALT_VALUE) and the base64 SHA-256 digest of the password
    followed by that salt in C(UM_USER_PASSWORD).
  - Unchanged when the stored hash, with its own salt, is already the password's; nothing to do when
    the store holds no such account yet (Carbon adds it from user-mgt.xml at its first start).
  - Supports check mode. The password is never returned or logged.
requirements:
  - PyMySQL (python3-pymysql) on this host
options:
  database:
    description: The user store's database.
    type: str
    required: true
  user:
    description: The admin account's name.
    type: str
    default: admin
  password:
    description: Its password.
    type: str
    required: true
  login_user:
    description: The MySQL user the module logs in as.
    type: str
    required: true
  login_password:
    description: Its password.
    type: str
  login_unix_socket:
    description: The server's socket, for a socket login.
    type: str
  login_host:
    description: The server's address, for a TCP login.
    type: str
  login_port:
    description: Its port.
    type: int
    default: 3306
author: ES Cluster Wizard
'''

EXAMPLES = r'''
- name: The admin's password in the shared user store
  es_carbon_admin:
    database: ES_USER_DB
    password: "{{ es_cluster_admin_password }}"
    login_user: root
    login_unix_socket: /run/mysqld/mysqld.sock
  no_log: true
'''

RETURN = r'''
found:
  description: Whether the store holds the account.
  type: bool
  returned: always
'''

from ansible.module_utils.basic import AnsibleModule
from ansible.module_utils.es_carbon_password import SUPER_TENANT, admin_row, digest, matches, new_salt

try:
    import pymysql
except ImportError:
    pymysql = None

UPDATE = ('UPDATE UM_USER SET UM_USER_PASSWORD = %s, UM_SALT_VALUE = %s, UM_REQUIRE_CHANGE = 0, '
          'UM_CHANGED_TIME = NOW() WHERE UM_ID = %s AND UM_TENANT_ID = %s')


def connect(p):
    kwargs = dict(user=p['login_user'], database=p['database'], charset='utf8mb4', autocommit=False)
    if p['login_password'] is not None:
        kwargs['password'] = p['login_password']
    if p['login_unix_socket']:
        kwargs['unix_socket'] = p['login_unix_socket']
    else:
        kwargs['host'] = p['login_host'] or '127.0.0.1'
        kwargs['port'] = p['login_port']
    return pymysql.connect(**kwargs)


def main():
    module = AnsibleModule(
        argument_spec=dict(
            database=dict(type='str', required=True),
            user=dict(type='str', default='admin'),
            password=dict(type='str', required=True, no_log=True),
            login_user=dict(type='str', required=True),
            login_password=dict(type='str', no_log=True),
            login_unix_socket=dict(type='str'),
            login_host=dict(type='str'),
            login_port=dict(type='int', default=3306),
        ),
        supports_check_mode=True,
    )
    p = module.params
    if pymysql is None:
        module.fail_json(msg='PyMySQL is not installed on this host: install python3-pymysql.')
    try:
        connection = connect(p)
    except pymysql.err.MySQLError as e:
        if e.args and e.args[0] == 1049:
            # A dry run on a server whose databases the run would create.
            module.exit_json(changed=False, found=False)
        module.fail_json(msg='Cannot log in to the user store %s as %s: %s' % (p['database'], p['login_user'], e.args[-1]))
    try:
        row = admin_row(connection, p['user'])
        if row is None:
            module.exit_json(changed=False, found=False)
        user_id, stored, salt = row
        if matches(p['password'], stored, salt):
            module.exit_json(changed=False, found=True)
        if not module.check_mode:
            fresh = new_salt()
            with connection.cursor() as cursor:
                cursor.execute(UPDATE, (digest(p['password'], fresh), fresh, user_id, SUPER_TENANT))
            connection.commit()
    except pymysql.err.MySQLError as e:
        module.fail_json(msg='Cannot change the password of %s in %s.UM_USER: %s' % (p['user'], p['database'], e.args[-1]))
    finally:
        connection.close()
    module.exit_json(changed=True, found=True)


if __name__ == '__main__':
    main()
