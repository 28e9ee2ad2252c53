#!/usr/bin/python
# Part of ES Cluster Wizard.

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
module: es_cluster_members
short_description: The cluster members an ES node sees, from its log since its latest start
description:
  - Reads the Carbon log of a WSO2 ES node from its latest start line (C(Starting WSO2 Carbon))
    on, and finds the latest member list Hazelcast logged there (C(Members [n] {) followed by one
    C(Member [host]:port) line per member). Lines from earlier starts never count.
  - With I(wait), reads the log again every second until the node sees the expected members
    or the time is up, then fails saying what it sees.
  - With I(report), returns the outcome as a check in C(esw_checks) (see module_utils/es_verify.py).
  - Reads only; supports check mode.
options:
  log:
    description: Path of the node's wso2carbon.log.
    type: path
    required: true
  node:
    description: Name of this node in I(nodes).
    type: str
    required: true
  nodes:
    description: Every node of the cluster (es_cluster_nodes), each with name, local_member_host and member_port.
    type: list
    elements: dict
    required: true
  match:
    description:
      - C(members) wants exactly the nodes' member addresses; C(count) only as many members as nodes.
    type: str
    choices: [members, count]
    default: members
  wait:
    description: Seconds to wait for the expected members; 0 reads the log once.
    type: int
    default: 0
  report:
    description: Return the outcome as a check in esw_checks, and fail only through it.
    type: bool
    default: false
author: ES Cluster Wizard
'''

EXAMPLES = r'''
- name: Wait until the node sees every cluster member
  es_cluster_members:
    log: "{{ es_node_home }}/repository/logs/wso2carbon.log"
    node: "{{ inventory_hostname }}"
    nodes: "{{ es_cluster_nodes }}"
    match: count
    wait: 300
'''

RETURN = r'''
started:
  description: Time stamp of the latest start line, or null when there is none.
  type: str
  returned: always
members:
  description: Member addresses (host:port) of the latest member list since that start.
  type: list
  returned: always
stopped:
  description: Whether the server logged its shutdown after its latest start.
  type: bool
  returned: always
'''

import os
import re
import time

from ansible.module_utils.basic import AnsibleModule
from ansible.module_utils.es_verify import check, node_field, report

START = re.compile(r'Starting WSO2 Carbon')
STAMP = re.compile(r'\[(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)')
MEMBERS = re.compile(r'^\s*Members \[(\d+)\] \{')
MEMBER = re.compile(r'^\s*Member \[([^\]]+)\]:(\d+)( this)?')
STOPPED = re.compile(r'Halting JVM|Shutdown complete')
CLUSTER_ERROR = re.compile(r'\bERROR \{[^}]*(?:hazelcast|clustering)[^}]*\} -\s*(.*?)\s*\{', re.IGNORECASE)


class LogState:
    """What the log says since the latest start; fed line by line, from where it was left."""

    def __init__(self):
        self.offset = 0
        self.started = None
        self.members = None
        self.me = None
        self.stopped = False
        self.error = ''
        self._block = None

    def read(self, path):
        size = os.path.getsize(path)
        if size < self.offset:
            # Rotated or truncated: read it again from the start.
            self.__init__()
        with open(path, 'rb') as f:
            f.seek(self.offset)
            for raw in f:
                if not raw.endswith(b'\n'):
                    break
                self.offset += len(raw)
                self.line(raw.decode('utf-8', 'replace'))

    def line(self, line):
        if START.search(line):
            stamp = STAMP.search(line)
            offset = self.offset
            self.__init__()
            self.offset = offset
            self.started = stamp.group(1) if stamp else 'an unknown time'
            return
        if self.started is None:
            return
        if STOPPED.search(line):
            self.stopped = True
        error = CLUSTER_ERROR.search(line)
        if error:
            self.error = error.group(1)
        if self._block is not None:
            member = MEMBER.match(line)
            if member:
                address = '%s:%s' % (member.group(1), member.group(2))
                self._block.append(address)
                if member.group(3):
                    self.me = address
            elif line.strip().startswith('}'):
                self.members, self._block = self._block, None
            return
        if MEMBERS.match(line):
            self._block = []


def expected_members(nodes):
    return dict(('%s:%s' % (n.get('local_member_host') or n.get('address'), n.get('member_port')), n.get('name'))
                for n in nodes)


def named(addresses, by_address):
    return ', '.join('%s (%s)' % (by_address[a], a) if a in by_address else a for a in addresses)


def judge(state, node, nodes, match):
    """(ok, cause, field) for what the log says."""
    by_address = expected_members(nodes)
    mine = [a for a, n in by_address.items() if n == node]
    since = 'since its start at %s' % state.started
    if state.stopped:
        return False, '%s stopped after its start at %s (its log ends with the shutdown); start it again' % (
            node, state.started), ''
    if state.members is None:
        why = ': %s' % state.error if state.error else (
            ' (is clustering enabled in axis2.xml, and does it reach a well-known member?)')
        return False, '%s logged no cluster membership %s%s' % (node, since, why), node_field(node, 'memberPort')
    if match == 'count':
        ok = len(state.members) == len(by_address)
        return ok, '%s sees %d of %d members %s' % (node, len(state.members), len(by_address), since), \
            node_field(node, 'memberPort')
    if mine and state.me and state.me not in mine:
        return False, ('%s is in the cluster as %s, but the project says %s (axis2.xml localMemberHost/Port '
                       'differ: run the playbook again)' % (node, state.me, mine[0])), node_field(node, 'memberPort')
    missing = [a for a in by_address if a not in state.members]
    unknown = [a for a in state.members if a not in by_address]
    if not missing and not unknown:
        return True, '', ''
    parts = ['%s sees %d of %d members %s' % (node, len(state.members) - len(unknown), len(by_address), since)]
    if missing:
        parts.append('missing: %s (is it running, and can the others reach that port?)' % named(missing, by_address))
    if unknown:
        parts.append('it also sees %s, which no node of the project uses' % ', '.join(unknown))
    culprit = by_address.get(missing[0]) if missing else node
    return False, '; '.join(parts), node_field(culprit, 'memberPort')


def main():
    module = AnsibleModule(
        argument_spec=dict(
            log=dict(type='path', required=True),
            node=dict(type='str', required=True),
            nodes=dict(type='list', elements='dict', required=True),
            match=dict(type='str', choices=['members', 'count'], default='members'),
            wait=dict(type='int', default=0),
            report=dict(type='bool', default=False),
        ),
        supports_check_mode=True,
    )
    p = module.params
    node = p['node']
    what = 'joined the cluster: its log since its latest start lists all %d nodes' % len(p['nodes'])
    state = LogState()
    deadline = time.time() + max(0, p['wait'])
    while True:
        if not os.path.exists(p['log']):
            ok, cause, field = False, '%s has no server log at %s: it has never started there' % (
                node, p['log']), node_field(node, 'esHome')
        else:
            state.read(p['log'])
            if state.started is None:
                ok, cause, field = False, 'the log %s has no start line since it was begun' % p['log'], ''
            else:
                ok, cause, field = judge(state, node, p['nodes'], p['match'])
        if ok or time.time() >= deadline:
            break
        time.sleep(1)
    facts = dict(started=state.started, members=state.members or [], stopped=state.stopped)
    if p['report']:
        report(module, [check('membership', node, what, ok, cause, field)], **facts)
    if not ok:
        module.fail_json(msg=cause + (' (waited %d s)' % p['wait'] if p['wait'] else ''), **facts)
    module.exit_json(changed=False, **facts)


if __name__ == '__main__':
    main()
