#!/usr/bin/python3
# Part of ES Cluster Wizard: finds the NGINX site files that stand in the way of the sites a run
# writes, by reading the files NGINX would load. Reads only; changes nothing.

DOCUMENTATION = r'''
module: es_nginx_sites
short_description: NGINX sites that serve the given host names, or that a project wrote
description:
  - Reads the site files NGINX loads (per folder, the files matching its patterns) and sorts
    out which serve any of C(names) (a C(server_name) directive naming one), which carry the
    wizard's marker comment, and which carry this project's marker.
  - C(retire) lists the wizard's files that serve one of the names or belong to this project,
    other than C(wanted). C(foreign) lists files without the wizard's marker that serve one of
    the names.
options:
  dirs:
    description: Folders NGINX includes sites from, each with the file patterns it loads.
    type: list
    elements: dict
    required: true
  names: {description: Public host names the run's sites serve, type: list, elements: str, required: true}
  wanted: {description: Paths of the site files the run writes, type: list, elements: str, required: true}
  wizard_marker: {description: First characters of the wizard's marker line, type: str, required: true}
  project_marker: {description: First characters of this project's marker line, type: str, required: true}
author: ES Cluster Wizard
'''

RETURN = r'''
retire: {description: Wizard sites in the way, type: list, returned: always}
foreign: {description: Other sites serving one of the names, type: list, returned: always}
'''

import fnmatch
import os
import re

from ansible.module_utils.basic import AnsibleModule

_SERVER_NAME = re.compile(r'^\s*server_name\s+([^;]*);', re.MULTILINE)
_COMMENT = re.compile(r'#[^\n]*')


def site_files(dirs):
    for d in dirs:
        path = d.get('path') or ''
        patterns = d.get('patterns') or ['*']
        if not os.path.isdir(path):
            continue
        for name in sorted(os.listdir(path)):
            full = os.path.join(path, name)
            if os.path.isfile(full) and any(fnmatch.fnmatch(name, p) for p in patterns):
                yield full


def served_names(text):
    names = set()
    for match in _SERVER_NAME.finditer(_COMMENT.sub('', text)):
        names.update(match.group(1).split())
    return names


def main():
    module = AnsibleModule(
        argument_spec=dict(
            dirs=dict(type='list', elements='dict', required=True),
            names=dict(type='list', elements='str', required=True),
            wanted=dict(type='list', elements='str', required=True),
            wizard_marker=dict(type='str', required=True),
            project_marker=dict(type='str', required=True),
        ),
        supports_check_mode=True,
    )
    p = module.params
    names = set(n.lower() for n in p['names'])
    wanted = set(os.path.realpath(w) for w in p['wanted'])
    retire, foreign = [], []
    for path in site_files(p['dirs']):
        try:
            with open(path, encoding='utf-8', errors='replace') as f:
                text = f.read()
        except (IOError, OSError) as e:
            module.fail_json(msg='cannot read the NGINX site %s: %s' % (path, e))
        lines = text.splitlines()
        wizard = any(line.startswith(p['wizard_marker']) for line in lines)
        project = any(line.startswith(p['project_marker']) for line in lines)
        serves = bool(names & set(n.lower() for n in served_names(text)))
        if os.path.realpath(path) in wanted:
            # The run's own file name, written by someone else: not overwritten unasked.
            if not wizard:
                foreign.append(path)
            continue
        if wizard and (serves or project):
            retire.append(path)
        elif serves and not wizard:
            foreign.append(path)
    module.exit_json(changed=False, retire=retire, foreign=foreign)


if __name__ == '__main__':
    main()
