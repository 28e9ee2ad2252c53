#!/usr/bin/python3
# Part of ES Cluster Wizard: tells, for each TCP port of a machine, whether something listens on
# it and which program, so that the preflight can tell "free", "taken by the server this port is
# for" and "taken by another program" apart. Reads /proc only; changes nothing.

DOCUMENTATION = r'''
module: es_listening
short_description: Which program listens on each given TCP port (Linux, /proc)
description:
  - For each port, finds the listening TCP sockets on the given address or on the wildcard
    address, and the processes holding them.
  - A port is C(ours) when the command line of a process holding it contains one of the port's
    C(owner_hints) (for example an ES_HOME, C(nginx), C(mariadbd)), C(other) when another program
    holds it, and C(free) otherwise.
  - Needs root to see the processes of other users.
options:
  ports:
    description: Ports to look at.
    type: list
    elements: dict
    required: true
    suboptions:
      port: {description: TCP port, type: int, required: true}
      address: {description: Address the service will listen on; empty means any, type: str, default: ''}
      purpose: {description: What the port is for, in words, type: str, default: ''}
      owner_hints: {description: Substrings of the command line of the expected owner, type: list, elements: str, default: []}
author: ES Cluster Wizard
'''

RETURN = r'''
ports:
  description: One entry per requested port.
  type: list
  returned: always
  sample: [{port: 9443, address: 198.18.0.14, purpose: HTTPS, state: other, pid: 812, command: "python3 -m http.server",
            text: "HTTPS port 9443 is used by another program: python3 -m http.server (pid 812)"}]
'''

import ipaddress
import os
import socket

from ansible.module_utils.basic import AnsibleModule

_LISTEN = '0A'


def _hex_address(text, family):
    raw = bytes.fromhex(text)
    if family == socket.AF_INET:
        return socket.inet_ntop(family, raw[::-1])
    # /proc/net/tcp6 prints four 32-bit words, each in host (little-endian) order.
    words = b''.join(raw[i:i + 4][::-1] for i in range(0, 16, 4))
    return socket.inet_ntop(family, words)


def listening_sockets():
    """(address, port, inode) of every listening TCP socket."""
    found = []
    for path, family in (('/proc/net/tcp', socket.AF_INET), ('/proc/net/tcp6', socket.AF_INET6)):
        try:
            with open(path) as table:
                next(table)
                for line in table:
                    fields = line.split()
                    if len(fields) < 10 or fields[3] != _LISTEN:
                        continue
                    address, port = fields[1].split(':')
                    found.append((_hex_address(address, family), int(port, 16), fields[9]))
        except (IOError, OSError):
            continue
    return found


def _matches(listen_address, wanted):
    if not wanted:
        return True
    try:
        listen = ipaddress.ip_address(listen_address)
    except ValueError:
        return False
    if listen.is_unspecified:
        return True
    try:
        want = ipaddress.ip_address(wanted)
    except ValueError:
        # A host name: any specific listener on the port may be it.
        return True
    if isinstance(listen, ipaddress.IPv6Address) and listen.ipv4_mapped:
        listen = listen.ipv4_mapped
    return listen == want


def socket_owners(inodes):
    """pid -> command line of the processes holding any of the socket inodes."""
    targets = set('socket:[%s]' % i for i in inodes)
    owners = {}
    for pid in os.listdir('/proc'):
        if not pid.isdigit():
            continue
        fd_dir = '/proc/%s/fd' % pid
        try:
            for fd in os.listdir(fd_dir):
                try:
                    if os.readlink(os.path.join(fd_dir, fd)) in targets:
                        with open('/proc/%s/cmdline' % pid, 'rb') as f:
                            owners[int(pid)] = f.read().replace(b'\0', b' ').decode('utf-8', 'replace').strip()
                        break
                except OSError:
                    continue
        except OSError:
            continue
    return owners


def describe(request, sockets):
    port = request['port']
    inodes = [inode for address, p, inode in sockets if p == port and _matches(address, request['address'])]
    entry = {'port': port, 'address': request['address'], 'purpose': request['purpose'], 'state': 'free',
             'text': '%s port %d is free' % (request['purpose'] or 'TCP', port)}
    if not inodes:
        return entry
    owners = socket_owners(inodes)
    hints = [h for h in request['owner_hints'] if h]
    ours = [pid for pid, cmd in owners.items() if any(h in cmd for h in hints)]
    if ours:
        entry.update(state='ours', pid=ours[0], command=owners[ours[0]][:200])
    elif owners:
        pid = sorted(owners)[0]
        entry.update(state='other', pid=pid, command=owners[pid][:200])
    else:
        entry.update(state='other', pid=None, command='(a process this user cannot see)')
    what = '%s port %d' % (request['purpose'] or 'TCP', port)
    if entry['state'] == 'ours':
        entry['text'] = '%s is used by its own server (pid %s)' % (what, entry['pid'])
    else:
        pid = '' if entry['pid'] is None else ' (pid %s)' % entry['pid']
        entry['text'] = '%s is used by another program: %s%s' % (what, entry['command'][:80], pid)
    return entry


def main():
    module = AnsibleModule(
        argument_spec=dict(ports=dict(type='list', elements='dict', required=True, options=dict(
            port=dict(type='int', required=True),
            address=dict(type='str', default=''),
            purpose=dict(type='str', default=''),
            owner_hints=dict(type='list', elements='str', default=[]),
        ))),
        supports_check_mode=True,
    )
    sockets = listening_sockets()
    module.exit_json(changed=False, ports=[describe(r, sockets) for r in module.params['ports']])


if __name__ == '__main__':
    main()
