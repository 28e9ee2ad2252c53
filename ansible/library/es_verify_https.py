#!/usr/bin/python
# Part of ES Cluster Wizard.

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
module: es_verify_https
short_description: Checks that an ES node answers HTTPS on its own address and port
description:
  - Connects to the node's address and HTTPS port, shakes hands over TLS (any certificate) and
    sends GET /; any HTTP answer passes. Run on the node itself.
  - Returns the outcome as a check in C(esw_checks) (see module_utils/es_verify.py) and fails when it fails.
  - Reads only; supports check mode.
options:
  node:
    description: The node's name.
    type: str
    required: true
  address:
    description: The node's address.
    type: str
    required: true
  port:
    description: Its HTTPS port (9443 + port offset).
    type: int
    required: true
  home:
    description: ES_HOME, named in the advice when nothing answers.
    type: str
    required: true
  timeout:
    description: Seconds to wait for the connection and the answer.
    type: int
    default: 10
author: ES Cluster Wizard
'''

EXAMPLES = r'''
- name: The node answers on its HTTPS port
  es_verify_https:
    node: "{{ inventory_hostname }}"
    address: "{{ es_node_address }}"
    port: 9444
    home: "{{ es_node_home }}"
'''

RETURN = r'''
esw_checks:
  description: One check, node-https.
  type: list
  returned: always
'''

from ansible.module_utils.basic import AnsibleModule
from ansible.module_utils.es_verify import HttpsError, check, https_get, node_field, report


def main():
    module = AnsibleModule(
        argument_spec=dict(
            node=dict(type='str', required=True),
            address=dict(type='str', required=True),
            port=dict(type='int', required=True),
            home=dict(type='str', required=True),
            timeout=dict(type='int', default=10),
        ),
        supports_check_mode=True,
    )
    p = module.params
    what = 'answers on https://%s:%d' % (p['address'], p['port'])
    try:
        https_get(p['address'], p['port'], '/', '%s:%d' % (p['address'], p['port']), None, p['timeout'])
        result = check('node-https', p['node'], what, True)
    except HttpsError as e:
        result = check('node-https', p['node'], what, False,
                       '%s; is the server running? Start it with %s/bin/wso2server.sh start' % (e, p['home']),
                       node_field(p['node'], 'portOffset'))
    report(module, [result])


if __name__ == '__main__':
    main()
