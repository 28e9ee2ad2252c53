#!/usr/bin/python
# Part of ES Cluster Wizard.

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
module: es_verify_db
short_description: Checks that the ES application user logs in to each ES database from this host
description:
  - Logs in to MySQL with PyMySQL from this host as the node's datasources do, the system choosing
    the source address, and selects each database in turn.
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

from ansible.module_utils.basic import AnsibleModule
from ansible.module_utils.es_verify import check, report

try:
    import pymysql
    PYMYSQL_ERROR = None
except ImportError as e:
    pymysql = None
    PYMYSQL_ERROR = e

ACCESS_DENIED = 1045
HOST_NOT_ALLOWED = 1130
NO_SUCH_DATABASE = 1049
DATABASE_DENIED = 1044
CANNOT_CONNECT = 2003


def login(p, database):
    """'' when the login works, else (cause, field)."""
    kwargs = dict(host=p['login_host'], port=p['login_port'], user=p['login_user'],
                  password=p['login_password'].encode('utf-8'), database=database['name'],
                  connect_timeout=p['timeout'], charset='utf8mb4')
    try:
        pymysql.connect(**kwargs).close()
        return '', ''
    except pymysql.err.MySQLError as e:
        code = e.args[0] if e.args else 0
        message = e.args[1] if len(e.args) > 1 else str(e)
        if code == ACCESS_DENIED:
            return ("MySQL refused '%s': wrong password, or the user may not log in from this node's address "
                    "(%s)" % (p['login_user'], message), 'database.appUser')
        if code == HOST_NOT_ALLOWED:
            return ("MySQL does not let '%s' log in from this node's address (%s): run the playbook again, which "
                    "grants the addresses the nodes connect from, or let it connect from any host"
                    % (p['login_user'], message), 'database.allowAnyHost')
        if code in (NO_SUCH_DATABASE, DATABASE_DENIED):
            return ("'%s' may not use %s: %s" % (p['login_user'], database['name'], message), database['field'])
        if code == CANNOT_CONNECT:
            return ('cannot reach MySQL at %s:%s: %s' % (p['login_host'], p['login_port'], message), 'database.host')
        return ('MySQL error %s: %s' % (code, message), 'database.host')


def main():
    module = AnsibleModule(
        argument_spec=dict(
            node=dict(type='str', required=True),
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
    checks = []
    for database in p['databases']:
        what = "logs in to %s on %s:%s as '%s'" % (database['name'], p['login_host'], p['login_port'],
                                                   p['login_user'])
        if pymysql is None:
            checks.append(check('database', p['node'], what, False,
                                'PyMySQL is not installed on %s (install python3-pymysql there to check '
                                'the login from it): %s' % (p['node'], PYMYSQL_ERROR)))
            continue
        cause, field = login(p, database)
        checks.append(check('database', p['node'], what, not cause, cause, field))
    report(module, checks)


if __name__ == '__main__':
    main()
