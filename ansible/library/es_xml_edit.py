#!/usr/bin/python3
# Part of ES Cluster Wizard: applies a list of XPath edits to one XML file in one call.

DOCUMENTATION = r'''
module: es_xml_edit
short_description: Apply a list of XPath edits to one XML file, keeping everything else as it was
description:
  - Applies every edit in C(edits), in order, to the file C(path) and writes it once, so that a
    task reports one change, one diff of the whole file and makes one backup.
  - Only the bytes an edit changes are rewritten. The XML declaration, comments, quoting,
    line breaks (CRLF stays CRLF) and the layout of untouched elements stay byte for byte.
  - New elements are written one per line, indented like their siblings (or one indent step of
    the file deeper than their parent).
  - Values are escaped for XML, so any text round-trips exactly; characters XML 1.0 cannot hold
    are refused with a message naming the edit.
  - The new text is parsed again before it is written, and the edits are applied a second time
    to it; an edit that undoes an earlier one fails the task instead of changing on every run.
author: ES Cluster Wizard
requirements:
  - lxml on the target (python3-lxml)
options:
  path:
    description: The XML file to edit. It must exist.
    type: path
    required: true
    aliases: [dest]
  namespaces:
    description:
      - Prefix to namespace URI map for the XPaths and the tags in C(children). A file with a
        default namespace (carbon.xml) needs a prefix for it on every step.
    type: dict
    default: {}
  edits:
    description: The edits, applied in order.
    type: list
    elements: dict
    required: true
    suboptions:
      xpath:
        description:
          - Absolute XPath of the element(s) to edit.
          - With C(state=present), a missing element is created when the path is made of plain
            child steps whose predicates are C([@attr='v']) or C([child='v']) (also
            [child/text()='v'], joined with C(and)); the predicates become attributes and child
            elements of the new element.
        type: str
        required: true
      state:
        description:
          - C(present) makes the element exist and sets what the edit gives (text, attribute or
            children); without any of those it only makes the element exist.
          - C(absent) removes the selected elements (with their line), or only C(attribute).
          - C(commented) turns the selected elements into a comment, as WSO2 documents for
            settings that are switched off.
        type: str
        choices: [present, absent, commented]
        default: present
      value:
        description:
          - Text of the element (it must have no child elements), or the value of C(attribute).
            Booleans are written C(true)/C(false).
        type: raw
      secret_value:
        description:
          - Like C(value), for a secret. It is never logged, never returned, and the diff shows
            C(********) in its place, followed by the word changed in brackets in the new text when it changes.
        type: raw
      attribute:
        description: Name of the attribute to set (with C(value)) or remove (C(state=absent)).
        type: str
      children:
        description:
          - The exact child elements the element must have, each C({tag, text, attributes,
            children}). When the children differ (tags, attributes, texts, order), all of them are
            replaced, one per line; comments among them are then dropped.
        type: list
        elements: dict
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
  - Owner, group and mode of the file are kept unless given.
'''

EXAMPLES = r'''
- name: Host names and port offset in carbon.xml (default namespace)
  es_xml_edit:
    path: /opt/wso2es/repository/conf/carbon.xml
    namespaces: {c: http://wso2.org/projects/carbon/carbon.xml}
    edits:
      - {xpath: /c:Server/c:HostName, value: store.example.com}
      - {xpath: /c:Server/c:Ports/c:Offset, value: 1}
    backup: true

- name: A datasource, its password kept out of logs and diffs
  es_xml_edit:
    path: /opt/wso2es/repository/conf/datasources/master-datasources.xml
    edits:
      - xpath: /datasources-configuration/datasources/datasource[name='WSO2_USER_DB']/jndiConfig/name
        value: jdbc/WSO2UserDB
      - xpath: /datasources-configuration/datasources/datasource[name='WSO2_USER_DB']/definition[@type='RDBMS']/configuration/password
        secret_value: "{{ db_password }}"

- name: Well-known members, and the subDomain property commented out
  es_xml_edit:
    path: /opt/wso2es/repository/conf/axis2/axis2.xml
    edits:
      - {xpath: /axisconfig/clustering, attribute: enable, value: "true"}
      - xpath: /axisconfig/clustering/members
        children:
          - tag: member
            children: [{tag: hostName, text: 10.0.0.1}, {tag: port, text: "4000"}]
      - {xpath: "/axisconfig/clustering/parameter[@name='properties']/property[@name='subDomain']", state: commented}
'''

RETURN = r'''
path:
  description: The file edited.
  returned: always
  type: str
changes:
  description: One line per edit that changed something (never a value).
  returned: always
  type: list
  elements: str
  sample: ["created /c:Server/c:HostName", "set the text of /c:Server/c:HostName"]
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

from ansible.module_utils.basic import AnsibleModule, missing_required_lib
from ansible.module_utils.es_edit_common import EditError, failure_message, finish, read_file
from ansible.module_utils.es_xml_edits import XmlEdit, apply_edits, masked
from ansible.module_utils.es_xml_source import HAS_LXML

EDIT_OPTIONS = dict(
    xpath=dict(type='str', required=True),
    state=dict(type='str', default='present', choices=['present', 'absent', 'commented']),
    value=dict(type='raw'),
    secret_value=dict(type='raw', no_log=True),
    attribute=dict(type='str'),
    children=dict(type='list', elements='dict'),
)


def main():
    module = AnsibleModule(
        argument_spec=dict(
            path=dict(type='path', required=True, aliases=['dest']),
            namespaces=dict(type='dict', default={}),
            edits=dict(type='list', elements='dict', required=True, options=EDIT_OPTIONS,
                       mutually_exclusive=[['value', 'secret_value', 'children']]),
            backup=dict(type='bool', default=False),
        ),
        add_file_common_args=True,
        supports_check_mode=True,
    )
    if not HAS_LXML:
        module.fail_json(msg=missing_required_lib('lxml (python3-lxml)'))
    path = module.params['path']
    namespaces = module.params['namespaces']
    try:
        edits = [XmlEdit(i + 1, raw, namespaces) for i, raw in enumerate(module.params['edits'])]
        before = read_file(path)
        after, changes, secret_changed = apply_edits(before, path, namespaces, edits)
        diff = None
        if before != after and module._diff:
            diff = (masked(before, path, namespaces, edits, set()),
                    masked(after, path, namespaces, edits, secret_changed))
        finish(module, path, before, after, diff, changes)
    except EditError as e:
        module.fail_json(msg=failure_message(path, e), path=path)
    except Exception as e:  # a defect here must still name the file, without a raw traceback
        module.fail_json(msg='%s: unexpected error: %s: %s' % (path, type(e).__name__, e), path=path,
                         exception=traceback.format_exc())


if __name__ == '__main__':
    main()
