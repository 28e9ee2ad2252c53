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

import datetime
import json
import sys
from collections.abc import Mapping, Set

from ansible.plugins.callback import CallbackBase

# Fields the wizard reads from a failed or unreachable result (see ErrorText.java).
_ERROR_FIELDS = ('msg', 'rc', 'stderr', 'stdout', 'module_stderr', 'module_stdout', 'censored')
# Fields the diff viewer reads next to a diff (see Diffs.java).
_DIFF_FIELDS = ('dest', 'path')
# Fields kept in every result that has them: the checks of verify.yml (see CheckResult.java).
_KEPT_FIELDS = ('esw_checks',)
_MODULE_ARG_FIELDS = ('dest', 'path')


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

    def set_options(self, task_keys=None, var_options=None, direct=None):
        super().set_options(task_keys=task_keys, var_options=var_options, direct=direct)
        self._extra_fields = tuple(self.get_option('extra_fields') or ())

    def _emit(self, event):
        try:
            line = json.dumps(event, separators=(',', ':'), default=_fallback)
        except (TypeError, ValueError):
            line = json.dumps(_plain_keys(event), separators=(',', ':'), default=_fallback)
        self._display.display(line)
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

    def v2_playbook_on_play_start(self, play):
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
