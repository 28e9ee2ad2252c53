# Part of ES Cluster Wizard: the backup copies Ansible makes of a file (backup: true), and keeping
# them as closed as the file itself.

import os
import re

# AnsibleModule.backup_local names a copy FILE.PID.YYYY-MM-DD@HH:MM:SS~ next to FILE.
_STAMP = re.compile(r'\.(\d+)\.(\d{4}-\d{2}-\d{2}@\d{2}:\d{2}:\d{2})~$')


def backups_of(path):
    """The backup copies of path, oldest first (by their time stamp, then by modification time)."""
    folder, name = os.path.split(path)
    found = []
    try:
        entries = os.listdir(folder or '.')
    except OSError:
        return []
    for entry in entries:
        if not entry.startswith(name):
            continue
        match = _STAMP.match(entry[len(name):])
        full = os.path.join(folder, entry)
        if match and os.path.isfile(full) and not os.path.islink(full):
            found.append((match.group(2), os.lstat(full).st_mtime_ns, int(match.group(1)), full))
    return [f[3] for f in sorted(found)]


def set_attributes(module, path, mode, owner, group):
    """Gives path the mode, owner and group that are set (None: left as it is); True when one changed."""
    changed = False
    if mode is not None:
        changed = module.set_mode_if_different(path, mode, changed)
    if owner:
        changed = module.set_owner_if_different(path, owner, changed)
    if group:
        changed = module.set_group_if_different(path, group, changed)
    return changed
