#!/usr/bin/python3
# Part of ES Cluster Wizard: sets values at key paths of one JSON file in one call.

DOCUMENTATION = r'''
module: es_json_edit
short_description: Set values at key paths of one JSON file, keeping everything else as it was
description:
  - Applies every edit in C(edits), in order, to the file C(path) and writes it once (one change,
    one diff of the whole file, one backup).
  - Only the text of a changed value is rewritten; a missing key is added after the last member
    of its object, in the style of that member (indent, C(:) spacing). Key order, spacing and
    every other value stay byte for byte.
  - Missing intermediate objects are created. A key path through something that is not an object
    fails with a message naming the path.
  - The new text is parsed again before it is written, and the edits are applied a second time
    to it; edits that undo each other fail the task.
author: ES Cluster Wizard
options:
  path:
    description: The JSON file to edit (UTF-8). It must exist.
    type: path
    required: true
    aliases: [dest]
  edits:
    description: The edits, applied in order.
    type: list
    elements: dict
    required: true
    suboptions:
      key_path:
        description: Keys from the top-level object down to the value, e.g. C([server, https]).
        type: list
        elements: str
        required: true
      value:
        description: The value, written with its type (string, number, boolean, list, object).
        type: raw
      secret_value:
        description:
          - Like C(value), for a secret. It is never logged, never returned, and the diff shows
            C("********") in its place, followed by the word changed in brackets in the new text when it changes.
        type: raw
  backup:
    description:
      - Keep a timestamped copy of the file next to it when it changes. The copy gets the C(mode),
        C(owner) and C(group) given for the file.
    type: bool
    default: false
extends_documentation_fragment:
  - files
notes:
  - Supports check mode and diff mode; the diff is the whole file before and after.
'''

EXAMPLES = r'''
- name: SSO attributes of the publisher app
  es_json_edit:
    path: /opt/wso2es/repository/deployment/server/jaggeryapps/publisher/config/publisher.json
    edits:
      - {key_path: [authentication, methods, sso, attributes, issuer], value: publisher}
      - {key_path: [authentication, methods, sso, attributes, acs], value: "https://pub.example.com/publisher/acs"}
    backup: true
'''

RETURN = r'''
path:
  description: The file edited.
  returned: always
  type: str
changes:
  description: One line per edit that changed something (the key path, never a value).
  returned: always
  type: list
  elements: str
backup_file:
  description: The backup copy, when one was made.
  returned: changed and backup
  type: str
diff:
  description: The whole file before and after (secrets masked), in diff mode when it changes.
  returned: changed and diff mode
  type: dict
'''

import traceback

from ansible.module_utils.basic import AnsibleModule
from ansible.module_utils.es_edit_common import EditError, failure_message, finish, read_file
from ansible.module_utils.es_json_edits import JsonEdit, apply_edits, masked

EDIT_OPTIONS = dict(
    key_path=dict(type='list', elements='str', required=True),
    value=dict(type='raw'),
    secret_value=dict(type='raw', no_log=True),
)


def main():
    module = AnsibleModule(
        argument_spec=dict(
            path=dict(type='path', required=True, aliases=['dest']),
            edits=dict(type='list', elements='dict', required=True, options=EDIT_OPTIONS,
                       mutually_exclusive=[['value', 'secret_value']]),
            backup=dict(type='bool', default=False),
        ),
        add_file_common_args=True,
        supports_check_mode=True,
    )
    path = module.params['path']
    try:
        edits = [JsonEdit(i + 1, raw) for i, raw in enumerate(module.params['edits'])]
        before = read_file(path)
        after, changes, secret_changed = apply_edits(before, path, edits)
        diff = None
        if before != after and module._diff:
            diff = (masked(before, path, edits, set()), masked(after, path, edits, secret_changed))
        finish(module, path, before, after, diff, changes)
    except EditError as e:
        module.fail_json(msg=failure_message(path, e), path=path)
    except Exception as e:  # a defect here must still name the file, without a raw traceback
        module.fail_json(msg='%s: unexpected error: %s: %s' % (path, type(e).__name__, e), path=path,
                         exception=traceback.format_exc())


if __name__ == '__main__':
    main()
