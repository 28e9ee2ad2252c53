#!/usr/bin/python3
# Part of ES Cluster Wizard: one look at a machine before the run changes anything, so that the
# roles need no probes of their own: the user tasks run as, the packages it lacks, where it
# connects to the database from, whether its files and its server are there. Changes nothing.

DOCUMENTATION = r'''
module: es_machine_facts
short_description: What the run needs to know about a machine before it changes any
description:
  - Returns, as the fact C(es_machine), without changing anything, the user the tasks run as, the
    packages the machine lacks among those asked for, and, when asked, the source address its
    kernel picks towards an address (a UDP connect, which sends nothing), which of some paths
    exist, the SHA-1 of some files (as the copy module compares them), and whether a TCP port
    answers.
  - Fails, naming the user, when the tasks do not run as root and I(root) is true.
  - Packages are looked up with C(dpkg-query) or C(rpm); without either, every one counts as missing.
options:
  root:
    description: Fail unless the tasks run as root.
    type: bool
    default: true
  packages:
    description: Packages the machine needs.
    type: list
    elements: str
    default: []
  python_modules:
    description: Python modules the machine's modules need, each with the package that brings it;
      the package counts as missing when the module does not import in this Python.
    type: dict
    default: {}
  source_towards:
    description: Address and port (C(host), C(port)) to find this machine's source address towards.
    type: dict
  paths:
    description: Paths to look for.
    type: list
    elements: str
    default: []
  checksums:
    description: Files whose SHA-1 to return (empty for a file that is not there).
    type: list
    elements: str
    default: []
  answers:
    description: Address and port (C(host), C(port)) of a TCP service that may be running; it
      answers when a connection succeeds within C(timeout) seconds (default 1).
    type: dict
author: ES Cluster Wizard
'''

RETURN = r'''
ansible_facts:
  description: C(es_machine) with C(uid), C(user), C(missing_packages) (list), C(source_address)
    (empty unless asked), C(paths) (path to true or false), C(checksums) (path to SHA-1 or empty)
    and C(answering) (null unless asked).
  type: dict
  returned: always
  sample: {es_machine: {uid: 0, user: root, missing_packages: [python3-lxml], source_address: 127.0.0.1,
           paths: {/opt/wso2es-2.1.0/repository/conf/carbon.xml: true},
           checksums: {/opt/wso2es-2.1.0/repository/components/lib/mysql-connector-java-5.1.49.jar: ''},
           answering: false}}
'''

import importlib.util
import os
import pwd
import socket

from ansible.module_utils.basic import AnsibleModule


def installed_packages(module, names):
    """The subset of names that the package manager has installed; None when there is none."""
    if not names:
        return set()
    dpkg = module.get_bin_path('dpkg-query')
    if dpkg:
        _, out, _ = module.run_command([dpkg, '-W', '-f', '${Package}\t${Status}\n'] + names)
        return {line.split('\t')[0].split(':')[0] for line in out.splitlines()
                if line.endswith('install ok installed')}
    rpm = module.get_bin_path('rpm')
    if rpm:
        _, out, _ = module.run_command([rpm, '-q', '--qf', '%{NAME}\n'] + names)
        return {line.strip() for line in out.splitlines() if line.strip() in names}
    return None


def missing_packages(module):
    wanted = list(module.params['packages'])
    for python_module, package in sorted(module.params['python_modules'].items()):
        if importlib.util.find_spec(python_module) is None and package not in wanted:
            wanted.append(package)
    installed = installed_packages(module, wanted)
    if installed is None:
        return wanted
    return [name for name in wanted if name not in installed]


def source_address(module, target):
    try:
        family, kind, proto, _, address = socket.getaddrinfo(target['host'], int(target['port']), 0,
                                                             socket.SOCK_DGRAM)[0]
        with socket.socket(family, kind, proto) as s:
            s.connect(address)
            return s.getsockname()[0]
    except (OSError, ValueError, KeyError) as e:
        module.fail_json(msg='cannot find the source address towards %s:%s: %s'
                         % (target.get('host'), target.get('port'), e))


def answers(target):
    try:
        with socket.create_connection((target['host'], int(target['port'])),
                                      timeout=float(target.get('timeout', 1))):
            return True
    except (OSError, ValueError):
        return False


def main():
    module = AnsibleModule(
        argument_spec=dict(
            root=dict(type='bool', default=True),
            packages=dict(type='list', elements='str', default=[]),
            python_modules=dict(type='dict', default={}),
            source_towards=dict(type='dict'),
            paths=dict(type='list', elements='str', default=[]),
            checksums=dict(type='list', elements='str', default=[]),
            answers=dict(type='dict'),
        ),
        supports_check_mode=True,
    )
    uid = os.geteuid()
    try:
        user = pwd.getpwuid(uid).pw_name
    except KeyError:
        user = str(uid)
    if module.params['root'] and uid != 0:
        module.fail_json(msg='the tasks run as %s (uid %d), not as root: turn on sudo for this machine '
                             '(ansible_become) or log in as root' % (user, uid))
    facts = {
        'uid': uid,
        'user': user,
        'missing_packages': missing_packages(module),
        'source_address': source_address(module, module.params['source_towards'])
        if module.params['source_towards'] else '',
        'paths': {path: os.path.exists(path) for path in module.params['paths']},
        'checksums': {path: module.sha1(path) if os.path.isfile(path) else '' for path in module.params['checksums']},
        'answering': answers(module.params['answers']) if module.params['answers'] else None,
    }
    module.exit_json(changed=False, ansible_facts={'es_machine': facts})


if __name__ == '__main__':
    main()
