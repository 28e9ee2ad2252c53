# Part of ES Cluster Wizard: what the es_xml_edit and es_json_edit modules share
# (reading the file, checking values, masking secrets, writing with backup).

import os
import re
import tempfile

from ansible.module_utils.common.text.converters import to_native
from ansible.module_utils.es_backups import set_attributes

# Shown in the diff instead of a secret value; the second form marks a secret that changes.
SECRET_MASK = '********'
SECRET_MASK_CHANGED = '******** (changed)'


class EditError(Exception):
    """A problem with the file or the edits, reported to the user as the task's message."""


def read_file(path):
    if not os.path.exists(path):
        raise EditError('%s does not exist' % path)
    if os.path.isdir(path):
        raise EditError('%s is a directory, not a file' % path)
    try:
        with open(path, 'rb') as f:
            return f.read()
    except (IOError, OSError) as e:
        raise EditError('%s: cannot read it: %s' % (path, to_native(e)))


def failure_message(path, error):
    """The error's text, starting with the file's path (edits are checked before the file is read)."""
    msg = str(error)
    return msg if msg.startswith(path) else '%s: %s' % (path, msg)


def newline_of(text):
    """The file's own line break: CRLF when most lines end with it."""
    crlf = text.count('\r\n')
    return '\r\n' if crlf and crlf * 2 >= text.count('\n') else '\n'


def check_xml_chars(text, number, secret):
    """Refuses characters XML 1.0 cannot hold, naming the position but never a secret's text."""
    bad = re.search(u'[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]', text)
    if bad:
        what = 'the secret value' if secret else 'the value'
        raise EditError('edit %d: %s holds the character U+%04X (position %d), which XML 1.0 cannot hold; '
                        'remove it' % (number, what, ord(bad.group(0)), bad.start() + 1))


def finish(module, path, before, after, diff_texts, changes):
    """Writes `after` when it differs (not in check mode) and exits with changed, diff and backup."""
    changed = before != after
    result = dict(changed=changed, path=path, changes=changes)
    if changed and module._diff:
        result['diff'] = dict(before=diff_texts[0], after=diff_texts[1],
                              before_header=path, after_header=path)
    if changed and not module.check_mode:
        if module.params['backup']:
            result['backup_file'] = module.backup_local(path)
            # the copy holds what the file held: it gets the file's mode, owner and group when they are set
            set_attributes(module, result['backup_file'], module.params['mode'], module.params['owner'],
                           module.params['group'])
        _write(module, path, after)
    file_args = module.load_file_common_arguments(module.params, path=path)
    result['changed'] = module.set_fs_attributes_if_different(file_args, changed)
    module.exit_json(**result)


def _write(module, path, data):
    real = os.path.realpath(path)
    fd, tmp = tempfile.mkstemp(dir=module.tmpdir)
    try:
        with os.fdopen(fd, 'wb') as f:
            f.write(data)
    except (IOError, OSError) as e:
        os.unlink(tmp)
        raise EditError('%s: cannot write a temporary copy: %s' % (path, to_native(e)))
    module.atomic_move(tmp, real, unsafe_writes=module.params['unsafe_writes'])
