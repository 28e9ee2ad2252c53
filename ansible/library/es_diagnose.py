#!/usr/bin/python
# Part of ES Cluster Wizard.

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
module: es_diagnose
short_description: Gathers what explains a problem on one machine into a private zip file
description:
  - Copies the given files as they are, the end of each log file, and the output of the given
    commands, plus what every machine has (OS release, kernel, Python, clock and time zone, disk,
    memory, listening ports, the servers' processes) into a zip file in a new private folder
    (0700; the zip 0600), and returns its path. The playbook fetches it and removes the folder.
  - Nothing is masked here: the app masks the passwords and key material once the zip is fetched.
    Key stores and private keys are never copied (by name and by content); binary files are
    skipped. A file, log or command that is missing or fails is noted in C(manifest.json), never an
    error of the task.
  - Changes nothing but its own folder; supports check mode.
options:
  files:
    description: Files to copy whole (up to I(file_bytes) each).
    type: list
    elements: path
    default: []
  logs:
    description: Folders of log files and the file name patterns to take, C({dir, patterns}).
    type: list
    elements: dict
    default: []
  commands:
    description: Commands to run, C({name, argv}); output goes to C(commands/NAME.txt).
    type: list
    elements: dict
    default: []
  process_names:
    description: Words a process's command line must hold to be listed (java, nginx, mariadbd).
    type: list
    elements: str
    default: []
  file_bytes:
    description: Largest file copied; a longer one is cut.
    type: int
    default: 2097152
  log_bytes:
    description: Bytes taken from the end of each log file.
    type: int
    default: 524288
  logs_per_dir:
    description: Newest log files taken from each folder.
    type: int
    default: 8
author: ES Cluster Wizard
'''

EXAMPLES = r'''
- name: Gather the node's files, logs and states
  es_diagnose:
    files: [/opt/wso2es-2.1.0/repository/conf/carbon.xml]
    logs: [{dir: /opt/wso2es-2.1.0/repository/logs, patterns: ["*.log"]}]
    commands: [{name: service-status, argv: [service, esw-shop-store-1, status]}]
  register: es_diagnose_result
  no_log: true
'''

RETURN = r'''
zip:
  description: The zip file on the machine.
  type: str
  returned: always
folder:
  description: Its private folder, to remove once the zip is fetched.
  type: str
  returned: always
'''

import fnmatch
import glob
import json
import os
import platform
import shutil
import subprocess
import tempfile
import time
import zipfile

from ansible.module_utils.basic import AnsibleModule

# Never copied: key stores and key files, whatever their content.
KEY_NAMES = ('*.jks', '*.p12', '*.pfx', '*.keystore', '*.truststore', '*.bks', '*.jceks', '*.key', '*.pem', '*.der')
KEY_MAGIC = (b'\xfe\xed\xfe\xed', b'\xce\xce\xce\xce')
COMMAND_TIMEOUT = 30


def is_key_name(path):
    name = os.path.basename(path).lower()
    return any(fnmatch.fnmatch(name, p) for p in KEY_NAMES)


def read_part(path, limit, tail):
    """The file's bytes (the last or first limit of them) and whether it was cut."""
    size = os.path.getsize(path)
    with open(path, 'rb') as f:
        if size > limit and tail:
            f.seek(size - limit)
        data = f.read(limit)
    if size > limit and tail:
        # Start at a whole line.
        cut = data.find(b'\n')
        data = data[cut + 1:] if cut >= 0 else data
    return data, size > limit


def skip_reason(data):
    if any(data.startswith(m) for m in KEY_MAGIC):
        return 'key store'
    if b'\x00' in data[:65536]:
        return 'binary'
    return ''


class Bundle:
    def __init__(self, zf):
        self.zf = zf
        self.items = []

    def add(self, kind, source, entry, data, state='copied', note=''):
        if data is not None:
            info = zipfile.ZipInfo(entry, time.localtime()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            self.zf.writestr(info, data)
        self.items.append(dict(kind=kind, source=source, entry=entry if data is not None else '', state=state,
                               note=note, size=len(data) if data is not None else 0))

    def copy(self, kind, path, limit, tail):
        entry = kind + 's/' + path.lstrip('/')
        if is_key_name(path):
            self.add(kind, path, entry, None, 'skipped', 'key store or key file: never copied')
            return
        if not os.path.lexists(path):
            self.add(kind, path, entry, None, 'missing')
            return
        if not os.path.isfile(path):
            self.add(kind, path, entry, None, 'skipped', 'not a regular file')
            return
        try:
            data, cut = read_part(path, limit, tail)
        except (IOError, OSError) as e:
            self.add(kind, path, entry, None, 'failed', str(e))
            return
        reason = skip_reason(data)
        if reason:
            self.add(kind, path, entry, None, 'skipped', reason + ': never copied')
            return
        note = ('last %d bytes' % len(data) if tail else 'first %d bytes' % len(data)) if cut else ''
        self.add(kind, path, entry, data, 'truncated' if cut else 'copied', note)

    def run(self, name, argv, stdin_text=None):
        entry = 'commands/' + name + '.txt'
        source = ' '.join(argv)
        if shutil.which(argv[0]) is None:
            self.add('command', source, entry, None, 'missing', argv[0] + ' is not installed')
            return
        try:
            p = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                               timeout=COMMAND_TIMEOUT, check=False)
            out = p.stdout[-1048576:]
            note = 'exit code %d' % p.returncode
        except subprocess.TimeoutExpired as e:
            out = (e.stdout or b'')[-1048576:]
            note = 'stopped after %d s' % COMMAND_TIMEOUT
        except (IOError, OSError) as e:
            self.add('command', source, entry, None, 'failed', str(e))
            return
        self.add('command', source, entry, b'$ ' + source.encode() + b'\n' + out, 'copied', note)


def newest_logs(spec, count):
    found = []
    for pattern in spec.get('patterns') or ['*']:
        found.extend(p for p in glob.glob(os.path.join(spec['dir'], pattern)) if os.path.isfile(p))
    found = sorted(set(found), key=lambda p: os.path.getmtime(p), reverse=True)
    return found[:count], len(found)


def clock_text():
    now = time.time()
    lines = [
        'UTC:        ' + time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime(now)),
        'local:      ' + time.strftime('%Y-%m-%dT%H:%M:%S%z %Z', time.localtime(now)),
        'time zones: ' + ', '.join(time.tzname),
        '/etc/localtime -> ' + (os.path.realpath('/etc/localtime') if os.path.exists('/etc/localtime') else 'missing'),
    ]
    return '\n'.join(lines) + '\n', now


def processes(names):
    if not names or shutil.which('ps') is None:
        return b''
    p = subprocess.run(['ps', '-eo', 'pid,user,etime,rss,args'], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                       check=False)
    lines = p.stdout.decode('utf-8', 'replace').splitlines()
    keep = lines[:1] + [line for line in lines[1:] if any(n in line for n in names)]
    return ('\n'.join(keep) + '\n').encode()


def main():
    module = AnsibleModule(
        argument_spec=dict(
            files=dict(type='list', elements='path', default=[]),
            logs=dict(type='list', elements='dict', default=[]),
            commands=dict(type='list', elements='dict', default=[]),
            process_names=dict(type='list', elements='str', default=[]),
            file_bytes=dict(type='int', default=2097152),
            log_bytes=dict(type='int', default=524288),
            logs_per_dir=dict(type='int', default=8),
        ),
        supports_check_mode=True,
    )
    p = module.params
    folder = tempfile.mkdtemp(prefix='esw-diagnose-')
    os.chmod(folder, 0o700)
    path = os.path.join(folder, 'machine.zip')
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, 'wb') as raw, zipfile.ZipFile(raw, 'w') as zf:
        b = Bundle(zf)
        for f in p['files']:
            b.copy('file', f, p['file_bytes'], False)
        for spec in p['logs']:
            if not os.path.isdir(spec['dir']):
                b.add('log', spec['dir'], '', None, 'missing', 'no such folder')
                continue
            logs, total = newest_logs(spec, p['logs_per_dir'])
            for log in logs:
                b.copy('log', log, p['log_bytes'], True)
            if total > len(logs):
                b.add('log', spec['dir'], '', None, 'skipped', '%d older log files left out' % (total - len(logs)))
        for f in ['/etc/os-release', '/proc/meminfo', '/proc/loadavg', '/proc/uptime']:
            b.copy('file', f, p['file_bytes'], False)
        clock, now = clock_text()
        b.add('system', 'the clock', 'system/clock.txt', clock.encode())
        about = platform.platform() + '\nPython ' + platform.python_version() + '\n' + ' '.join(platform.uname()) + '\n'
        b.add('system', 'platform', 'system/platform.txt', about.encode())
        b.add('system', 'ps', 'system/processes.txt', processes(p['process_names']))
        b.run('disk', ['df', '-hP'])
        b.run('memory', ['free', '-m'])
        if shutil.which('ss'):
            b.run('listening-ports', ['ss', '-ltnp'])
        else:
            b.run('listening-ports', ['netstat', '-ltnp'])
        for c in p['commands']:
            b.run(c['name'], [str(a) for a in c['argv']])
        manifest = dict(time=now, host=platform.node(), items=b.items)
        b.add('system', 'manifest', 'manifest.json', json.dumps(manifest, indent=1).encode())
    module.exit_json(changed=False, zip=path, folder=folder)


if __name__ == '__main__':
    main()
