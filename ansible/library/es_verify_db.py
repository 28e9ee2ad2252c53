#!/usr/bin/python
# Part of ES Cluster Wizard.

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
module: es_verify_db
short_description: Checks that the ES application user logs in to each ES database from this host
description:
  - Logs in to MySQL with PyMySQL from this host, from its own address when it has it (as the
    node's datasources do), and selects each database in turn.
  - The password is a no_log parameter, passed to the module with its arguments, never on a command line.
  - Returns one check per database in C(esw_checks) (see module_utils/es_verify.py) and fails when one fails.
  - Reads only; supports check mode.
requirements:
  - PyMySQL (python3-pymysql) on this host
options:
  node:
    description: The node's name.
    type: str
    required: true
  bind_address:
    description: The address to connect from; when this host does not have it, the system chooses.
    type: str
    default: ''
  login_host:
    description: The MySQL server.
    type: str
    required: true
  login_port:
    description: Its port.
    type: int
    default: 3306
  login_user:
    description: The application user.
    type: str
    required: true
  login_password:
    description: Its password.
    type: str
    required: true
    no_log: true
  databases:
    description: Each database, with C(name) and C(field), the project setting that names it.
    type: list
    elements: dict
    required: true
  timeout:
    description: Seconds to wait for the connection.
    type: int
    default: 10
author: ES Cluster Wizard
'''

EXAMPLES = r'''
- name: The application user logs in to each ES database from the node
  es_verify_db:
    node: "{{ inventory_hostname }}"
    bind_address: "{{ es_node_address }}"
    login_host: "{{ es_cluster_db_host }}"
    login_user: "{{ es_cluster_db_user }}"
    login_password: "{{ es_cluster_db_password }}"
    databases:
      - {name: WSO2REG_DB, field: database.registryDatabase}
'''

RETURN = r'''
esw_checks:
  description: One check, database, per database.
  type: list
  returned: always
'''

import socket

from ansible.module_utils.basic import AnsibleModule
from ansible.module_utils.es_verify import check, report

try:
    import pymysql
    PYMYSQL_ERROR = None
except ImportError as e:
    pymysql = None
    PYMYSQL_ERROR = e

ACCESS_DENIED = 1045
NO_SUCH_DATABASE = 1049
DATABASE_DENIED = 1044
CANNOT_CONNECT = 2003


def local_address(address):
    """The address itself when this host has it, else '' (let the system choose)."""
    if not address:
        return ''
    try:
        with socket.socket(socket.AF_INET6 if ':' in address else socket.AF_INET) as s:
            s.bind((address, 0))
        return address
    except OSError:
        return ''


def login(p, bind, database):
    """'' when the login works, else (cause, field)."""
    kwargs = dict(host=p['login_host'], port=p['login_port'], user=p['login_user'],
                  password=p['login_password'].encode('utf-8'), database=database['name'],
                  connect_timeout=p['timeout'], charset='utf8mb4')
    if bind:
        kwargs['bind_address'] = bind
    try:
        pymysql.connect(**kwargs).close()
        return '', ''
    except pymysql.err.MySQLError as e:
        code = e.args[0] if e.args else 0
        message = e.args[1] if len(e.args) > 1 else str(e)
        if code == ACCESS_DENIED:
            return ("MySQL refused '%s' from %s: wrong password, or the user may not log in from this address "
                    "(%s)" % (p['login_user'], bind or 'this host', message), 'database.appUser')
        if code in (NO_SUCH_DATABASE, DATABASE_DENIED):
            return ("'%s' may not use %s: %s" % (p['login_user'], database['name'], message), database['field'])
        if code == CANNOT_CONNECT:
            return ('cannot reach MySQL at %s:%s: %s' % (p['login_host'], p['login_port'], message), 'database.host')
        return ('MySQL error %s: %s' % (code, message), 'database.host')


def main():
    module = AnsibleModule(
        argument_spec=dict(
            node=dict(type='str', required=True),
            bind_address=dict(type='str', default=''),
            login_host=dict(type='str', required=True),
            login_port=dict(type='int', default=3306),
            login_user=dict(type='str', required=True),
            login_password=dict(type='str', required=True, no_log=True),
            databases=dict(type='list', elements='dict', required=True),
            timeout=dict(type='int', default=10),
        ),
        supports_check_mode=True,
    )
    p = module.params
    bind = local_address(p['bind_address'])
    checks = []
    for database in p['databases']:
        what = "logs in to %s on %s:%s as '%s'" % (database['name'], p['login_host'], p['login_port'],
                                                   p['login_user'])
        if pymysql is None:
            checks.append(check('database', p['node'], what, False,
                                'PyMySQL is not installed on %s (install python3-pymysql there to check '
                                'the login from it): %s' % (p['node'], PYMYSQL_ERROR)))
            continue
        cause, field = login(p, bind, database)
        checks.append(check('database', p['node'], what, not cause, cause, field))
    report(module, checks)


if __name__ == '__main__':
    main()
