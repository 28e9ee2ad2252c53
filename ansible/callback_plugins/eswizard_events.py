# Part of ES Cluster Wizard: the stdout callback its runner selects.

DOCUMENTATION = r'''
name: eswizard_events
type: stdout
short_description: One compact JSON line per event, for ES Cluster Wizard
description:
  - Prints one JSON object per line for each playbook, play, task and handler start, each host
    result and the final recap. The first key is always C(_event), the name of the callback
    method, e.g. C(v2_runner_on_failed).
  - A host result keeps only what the wizard reads from it, C(changed), the file diff (C(diff),
    C(dest), C(path)) when there is one, the backup copy of a changed file (C(backup_file), with
    C(dest), C(path)) when the task made one, and for failed or unreachable hosts C(msg), C(rc),
    C(stderr), C(stdout), C(module_stderr) and C(module_stdout). Loop results keep one small
    entry per item in C(results). The checks of verify.yml (C(esw_checks), a list of small
    objects) are kept whole.
  - Results of C(no_log) tasks arrive here already censored by Ansible and stay so.
  - Every line and warning is masked. The passwords are the values of variables named C(*_password),
    C(*_passwords), C(*_pass) or C(*_passwd) that the play sees, read when each play starts, from
    extra vars (C(-e @secrets.yml)) and from each host's inventory variables (a vaulted
    C(group_vars/all/secrets.yml)). Each is replaced by C(********) in its plain, JSON, XML, URL,
    Python, shell, YAML and base64 forms; one shorter than 8 characters only where it stands as a
    word. A sudo password typed at C(--ask-become-pass) is no variable and is not masked.
  - Not selected by default. An exported bundle runs with Ansible's usual output; set
    C(ANSIBLE_STDOUT_CALLBACK=eswizard_events) to get these lines.
author: ES Cluster Wizard
requirements:
  - Set as the stdout callback.
options:
  extra_fields:
    description:
      - More top-level result fields to keep for every host result, for example
        C(stdout) and C(ansible_facts) when an ad-hoc check reads them.
    type: list
    elements: str
    default: []
    env:
      - name: ESWIZARD_EVENTS_EXTRA_FIELDS
    ini:
      - section: callback_eswizard_events
        key: extra_fields
'''

import base64
import datetime
import json
import re
import sys
from collections.abc import Mapping, Set

from ansible import constants as C
from ansible.plugins.callback import CallbackBase
from ansible.utils.unsafe_proxy import AnsibleUnsafe

# Fields the wizard reads from a failed or unreachable result (see ErrorText.java).
_ERROR_FIELDS = ('msg', 'rc', 'stderr', 'stdout', 'module_stderr', 'module_stdout', 'censored')
# Fields the diff viewer reads next to a diff (see Diffs.java).
_DIFF_FIELDS = ('dest', 'path')
# Fields kept in every result that has them: the checks of verify.yml (see CheckResult.java) and the
# database backups' manifests (see BackupManifest.java).
_KEPT_FIELDS = ('esw_checks', 'esw_backup', 'esw_backups')
_MODULE_ARG_FIELDS = ('dest', 'path')


# Masking: the forms a password takes in output. The same rules are in SecretForms.java and
# SecretScrubber.java; src/test/resources/masking/cases.json holds the cases both must pass.
MASK = '********'
# Passwords with fewer characters than this match only as whole tokens, and have no base64 parts.
_SHORT = 8
_JSON_LAYERS = 3
_XML_NAMES = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;'}
_SHORT_ESCAPES = {'\n': 'n', '\r': 'r', '\t': 't', '\b': 'b', '\f': 'f', '\v': 'v', '\a': 'a', '\0': '0',
                  '\x1b': 'e', '\x85': 'N', '\xa0': '_', '\u2028': 'L', '\u2029': 'P'}
# Variables whose values are passwords: es_cluster_db_password, es_cluster_become_passwords,
# ansible_become_pass, ansible_password, ...
_SECRET_NAME = re.compile(r'(^|_)(pass|passwd|password|passwords)$')
_WORD_BYTES = frozenset(b'_0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz') | frozenset(range(0x80, 0x100))


def _is_plain(ch):
    return ord(ch) < 0x80 and ch.isalnum()


def _hex(prefix, value, digits, upper):
    text = '%0*x' % (digits, value)
    return prefix + (text.upper() if upper else text)


def _json(text, ascii_only):
    """The inside of a JSON string as json.dumps writes it."""
    return json.dumps(text, ensure_ascii=ascii_only)[1:-1]


def _spellings(ch):
    """Every spelling of one character, itself first (see SecretForms.spellings)."""
    cp = ord(ch)
    base = [ch]
    if _is_plain(ch):
        return base
    utf8 = ch.encode('utf-8', 'surrogatepass')
    base.append(''.join('%%%02X' % b for b in utf8))
    base.append(''.join('%%%02x' % b for b in utf8))
    if ch == ' ':
        base.append('+')
    if ch in _XML_NAMES:
        base.append(_XML_NAMES[ch])
    base.extend(('&#%d;' % cp, '&#x%x;' % cp, '&#x%X;' % cp, '\\' + ch))
    if ch in _SHORT_ESCAPES:
        base.append('\\' + _SHORT_ESCAPES[ch])
    for upper in (False, True):
        if cp < 0x100:
            base.append(_hex('\\x', cp, 2, upper))
        if cp < 0x10000:
            base.append(_hex('\\u', cp, 4, upper))
        else:
            high = 0xd800 + ((cp - 0x10000) >> 10)
            low = 0xdc00 + ((cp - 0x10000) & 0x3ff)
            base.append(_hex('\\u', high, 4, upper) + _hex('\\u', low, 4, upper))
        base.append(_hex('\\U', cp, 8, upper))
        if cp >= 0x80:
            base.append(''.join(_hex('\\x', b, 2, upper) for b in utf8))
    if ch == "'":
        base.extend(("''", "'\\''", "'\"'\"'"))
    every = []
    for s in base:
        if s not in every:
            every.append(s)
    layer = list(every)
    for _ in range(_JSON_LAYERS):
        following = []
        for s in layer:
            for ascii_only in (True, False):
                escaped = _json(s, ascii_only)
                if escaped not in every and escaped not in following:
                    following.append(escaped)
        every.extend(following)
        layer = following
    return every


def _base64(secret, short):
    """The password's base64, whole and, unless short, the parts that align anywhere (see SecretForms.base64)."""
    out = []
    for encode in (base64.b64encode, base64.urlsafe_b64encode):
        whole = encode(secret).decode('ascii')
        candidates = [whole, whole.rstrip('=')]
        if not short:
            for k in range(3):
                encoded = encode(b'\0' * k + secret + b'\0\0').decode('ascii')
                start, end = (8 * k + 5) // 6, (8 * k + 8 * len(secret)) // 6
                if end - start >= 4:
                    candidates.append(encoded[start:end])
        for c in candidates:
            if c not in out:
                out.append(c)
    return out


def _patterns(secret):
    """(units, whole_token) for one password: each unit a list of the UTF-8 bytes of its spellings."""
    if not secret:
        return []
    short = len(secret) < _SHORT
    units = []
    plain = ''
    for ch in secret:
        if _is_plain(ch):
            plain += ch
            continue
        if plain:
            units.append([plain.encode('utf-8')])
            plain = ''
        units.append([s.encode('utf-8', 'surrogatepass') for s in _spellings(ch)])
    if plain:
        units.append([plain.encode('utf-8')])
    out = [(units, short)]
    for b64 in _base64(secret.encode('utf-8', 'surrogatepass'), short):
        out.append(([[b64.encode('ascii')]], short))
    return out


def _token_starts(b, at):
    if at == 0 or b[at - 1] not in _WORD_BYTES:
        return True
    return at >= 2 and b[at - 2] == 0x5c and b[at - 1] in b'ntrbf'


def _match_end(pattern, b, at):
    units, whole_token = pattern
    if whole_token and not _token_starts(b, at):
        return -1
    positions = {at}
    for unit in units:
        positions = set(q + len(s) for q in positions for s in unit if b.startswith(s, q))
        if not positions:
            return -1
    ends = [q for q in positions if not whole_token or q == len(b) or b[q] not in _WORD_BYTES]
    return max(ends) if ends else -1


class _Scrubber(object):
    """Masks the passwords in text: at each place the longest match, leftmost first (as SecretScrubber.java)."""

    def __init__(self, secrets):
        self._patterns = [p for s in sorted(set(secrets)) for p in _patterns(s)]
        if self._patterns:
            self._search = re.compile(b'|'.join(
                b''.join(b'(?:' + b'|'.join(re.escape(s) for s in unit) + b')' for unit in units)
                for units, _ in self._patterns))

    def scrub(self, text):
        if not self._patterns:
            return text
        b = text.encode('utf-8', 'surrogatepass')
        out = []
        copied = at = 0
        while True:
            found = self._search.search(b, at)
            if not found:
                break
            at = found.start()
            end = max(_match_end(p, b, at) for p in self._patterns)
            if end < 0:
                at += 1
                continue
            out.append(b[copied:at])
            out.append(MASK.encode('ascii'))
            copied = at = end
        if not out:
            return text
        out.append(b[copied:])
        return b''.join(out).decode('utf-8', 'surrogatepass')


def _secret_values(name, value, into):
    """Adds the passwords a variable holds (a string, or strings in a list or mapping) to into."""
    if not _SECRET_NAME.search(str(name)):
        return
    stack = [value]
    while stack:
        v = stack.pop()
        if isinstance(v, Mapping):
            stack.extend(v.values())
        elif isinstance(v, (list, tuple)):
            stack.extend(v)
        elif v is not None and not isinstance(v, (bool, int, float)):
            try:
                text = str(v)
            except Exception:  # a vaulted value without its vault password stays unknown
                continue
            # A template names other variables, which are collected themselves.
            if text and (isinstance(v, AnsibleUnsafe) or ('{{' not in text and '{%' not in text)):
                into.add(text)


def _fallback(value):
    """Serialises what json cannot, without ever decrypting a vaulted value."""
    if hasattr(value, '_ciphertext'):
        return '(vault encrypted)'
    if isinstance(value, bytes):
        return value.decode('utf-8', 'replace')
    if isinstance(value, Mapping):
        return dict(value)
    if isinstance(value, (Set, tuple)):
        return list(value)
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    return str(value)


def _plain_keys(value):
    """Copy with string keys; only used when json.dumps refused a key, which is rare."""
    if isinstance(value, Mapping):
        return dict((str(k), _plain_keys(v)) for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return [_plain_keys(v) for v in value]
    return value


def _add_file(source, into):
    """Which file a result is about: its dest or path, and the module's own arguments naming it."""
    for field in _DIFF_FIELDS:
        if field in source:
            into[field] = source[field]
    args = source.get('invocation')
    if isinstance(args, Mapping):
        args = args.get('module_args')
        if isinstance(args, Mapping):
            kept = dict((f, args[f]) for f in _MODULE_ARG_FIELDS if f in args)
            if kept:
                into['invocation'] = {'module_args': kept}


def _add_diff(source, into):
    diff = source.get('diff')
    if not diff:
        return
    into['diff'] = diff
    _add_file(source, into)


def _add_backup(source, into):
    """The backup copy a task made of a file it changed (see RunBackups.java)."""
    backup = source.get('backup_file')
    if not backup:
        return
    into['backup_file'] = backup
    _add_file(source, into)


def _item(result):
    """One loop item: its label, outcome flags, and error text or diff only when it has them."""
    if not isinstance(result, Mapping):
        return result
    if result.get('_ansible_no_log'):
        return {'item': '(censored due to no_log)', 'censored': 'the output of this item is hidden because of no_log'}
    label = result.get('_ansible_item_label', result.get('item'))
    entry = {'item': label, 'changed': bool(result.get('changed'))}
    problem = False
    for flag in ('failed', 'unreachable', 'skipped'):
        if result.get(flag):
            entry[flag] = True
            problem = problem or flag != 'skipped'
    if problem:
        for field in _ERROR_FIELDS:
            if field in result:
                entry[field] = result[field]
    _add_diff(result, entry)
    _add_backup(result, entry)
    return entry


class CallbackModule(CallbackBase):
    CALLBACK_VERSION = 2.0
    CALLBACK_TYPE = 'stdout'
    CALLBACK_NAME = 'eswizard_events'

    def __init__(self, display=None):
        super().__init__(display)
        self._extra_fields = ()
        self._secrets = set()
        self._hosts_read = set()
        self._scrubber = _Scrubber(())

    def set_options(self, task_keys=None, var_options=None, direct=None):
        super().set_options(task_keys=task_keys, var_options=var_options, direct=direct)
        self._extra_fields = tuple(self.get_option('extra_fields') or ())

    def _emit(self, event):
        try:
            line = json.dumps(event, separators=(',', ':'), default=_fallback)
        except (TypeError, ValueError):
            line = json.dumps(_plain_keys(event), separators=(',', ':'), default=_fallback)
        self._display.display(self._scrubber.scrub(line))
        # The runner shows events as they happen; a pipe would otherwise hold them back.
        sys.stdout.flush()

    @staticmethod
    def _task(task):
        return {'id': task._uuid, 'name': task.get_name()}

    def _host_result(self, event, result, problem):
        res = result._result
        out = {'changed': bool(res.get('changed'))}
        if problem:
            for field in _ERROR_FIELDS:
                if field in res:
                    out[field] = res[field]
        _add_diff(res, out)
        _add_backup(res, out)
        for field in _KEPT_FIELDS + self._extra_fields:
            if field in res:
                out[field] = res[field]
        items = res.get('results')
        if isinstance(items, list) and items:
            out['results'] = [_item(r) for r in items]
        self._handle_warnings(res)
        self._emit({'_event': event, 'task': self._task(result._task), 'hosts': {result._host.get_name(): out}})

    def v2_playbook_on_start(self, playbook):
        self._emit({'_event': 'v2_playbook_on_start', 'playbook': getattr(playbook, '_file_name', None)})

    def _learn_secrets(self, play):
        """
        Collects the passwords the play can see: extra vars (the wizard's secrets file, a bundle's
        -e @secrets.yml) and, once per host, its inventory variables (a bundle's vaulted
        group_vars/all/secrets.yml). Nothing reaches the callback through the environment or argv.
        """
        manager = play.get_variable_manager()
        if manager is None:
            return
        found = set()
        for name, value in manager.extra_vars.items():
            _secret_values(name, value, found)
        inventory = getattr(manager, '_inventory', None)
        for host in inventory.get_hosts() if inventory is not None else ():
            if host.name in self._hosts_read:
                continue
            self._hosts_read.add(host.name)
            try:
                variables = manager.get_vars(play=play, host=host, include_hostvars=False, include_delegate_to=False)
            except Exception:  # pylint: disable=broad-except
                # A variable the play cannot load fails the play itself, with its own message.
                continue
            for name, value in variables.items():
                _secret_values(name, value, found)
        if not found <= self._secrets:
            self._secrets |= found
            self._scrubber = _Scrubber(self._secrets)

    def _handle_warnings(self, res):
        """Shows a result's warnings as the base class does, masked."""
        warnings = res.get('warnings')
        if warnings and C.ACTION_WARNINGS:
            for warning in warnings:
                self._display.warning(self._scrubber.scrub(str(warning)))
            del res['warnings']
        super()._handle_warnings(res)

    def v2_playbook_on_play_start(self, play):
        self._learn_secrets(play)
        self._emit({'_event': 'v2_playbook_on_play_start', 'play': {'id': play._uuid, 'name': play.get_name()}})

    def v2_playbook_on_task_start(self, task, is_conditional):
        self._emit({'_event': 'v2_playbook_on_task_start', 'task': self._task(task)})

    def v2_playbook_on_handler_task_start(self, task):
        self._emit({'_event': 'v2_playbook_on_handler_task_start', 'task': self._task(task)})

    def v2_runner_on_ok(self, result):
        self._host_result('v2_runner_on_ok', result, False)

    def v2_runner_on_failed(self, result, ignore_errors=False):
        self._host_result('v2_runner_on_failed', result, True)

    def v2_runner_on_unreachable(self, result):
        self._host_result('v2_runner_on_unreachable', result, True)

    def v2_runner_on_skipped(self, result):
        self._host_result('v2_runner_on_skipped', result, False)

    def v2_playbook_on_stats(self, stats):
        hosts = dict((h, stats.summarize(h)) for h in sorted(stats.processed))
        self._emit({'_event': 'v2_playbook_on_stats', 'stats': hosts})
