#!/usr/bin/python
# Part of ES Cluster Wizard.

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
module: es_verify_public
short_description: Checks each public host name as a browser reaches it, through the load balancer
description:
  - For each public host name, connects to the load balancer's address and public HTTPS port with
    the name in TLS SNI and in the Host header (as a browser whose name resolves to the load
    balancer does) and opens /publisher/ or /store/, following redirects inside the app.
  - The answer must come from a node of the name's role; with SSO on, it must send the browser
    to the Identity Server login URL with the issuer and return URL the project sets for that role.
  - Returns the checks in C(esw_checks) (see module_utils/es_verify.py) and fails when one fails.
    Run it on the computer that runs the wizard (the user's side).
  - Reads only; supports check mode.
options:
  lb_host:
    description: The load balancer's inventory name, the target of these checks.
    type: str
    required: true
  lb_address:
    description: The address NGINX listens on.
    type: str
    required: true
  public_port:
    description: The public HTTPS port.
    type: int
    required: true
  sites:
    description: Each public host name with the C(role) of the nodes behind it.
    type: list
    elements: dict
    required: true
  sso:
    description: C(enabled), C(idp_url), C(issuers) and C(acs) (per role) of the project.
    type: dict
    required: true
  timeout:
    description: Seconds to wait for each connection and answer.
    type: int
    default: 10
author: ES Cluster Wizard
'''

EXAMPLES = r'''
- name: Each public host name reaches its nodes through the load balancer
  es_verify_public:
    lb_host: load-balancer
    lb_address: "{{ es_cluster_lb_address }}"
    public_port: 443
    sites: [{name: store.es.example.com, role: store}]
    sso: {enabled: false, idp_url: '', issuers: {}, acs: {}}
'''

RETURN = r'''
esw_checks:
  description: public-route per host name, and public-sso per host name with SSO on.
  type: list
  returned: always
'''

from urllib.parse import parse_qs, urlsplit

from ansible.module_utils.basic import AnsibleModule
from ansible.module_utils.es_verify import HttpsError, check, login_problem, login_redirect, report

GATEWAY_ERRORS = (502, 503, 504)


def route_problem(answer, role, sso_enabled):
    """(cause, field) when the answer does not come from a node of the role, else ('', '')."""
    if answer.status in GATEWAY_ERRORS:
        return ('NGINX answered %d %s: it reaches none of the %s nodes' % (answer.status, answer.reason, role), '')
    if sso_enabled:
        if answer.is_redirect() and 'SAMLRequest' in parse_qs(urlsplit(answer.location()).query):
            return '', ''
        return ('the answer (%d %s) is not the login of an ES %s node' % (answer.status, answer.reason, role),
                'hostNames.%s' % role)
    if 200 <= answer.status < 400:
        return '', ''
    return ('the answer is %d %s' % (answer.status, answer.reason), 'hostNames.%s' % role)


def error_field(error):
    text = str(error)
    if 'connection refused' in text:
        return 'loadBalancer.httpsPort'
    if 'TLS' in text:
        return 'loadBalancer.tlsMode'
    return 'loadBalancer.address'


def site_checks(site, p):
    role, name, port = site['role'], site['name'], p['public_port']
    host = name if port == 443 else '%s:%d' % (name, port)
    url = 'https://%s/%s/' % (host, role)
    route = '%s reaches a %s node through the load balancer (%s)' % (url, role, p['lb_address'])
    try:
        answer = login_redirect(p['lb_address'], port, role, host, name, p['timeout'])
    except HttpsError as e:
        return [check('public-route', p['lb_host'], route, False, str(e), error_field(e))]
    cause, field = route_problem(answer, role, p['sso']['enabled'])
    checks = [check('public-route', p['lb_host'], route, not cause, cause, field)]
    if p['sso']['enabled'] and not cause:
        issuer, acs = p['sso']['issuers'][role], p['sso']['acs'][role]
        what = "opening %s sends the browser to %s with issuer '%s' and return URL %s" % (
            url, p['sso']['idp_url'], issuer, acs)
        cause, field = login_problem(answer, role, p['sso']['idp_url'], issuer, acs)
        checks.append(check('public-sso', p['lb_host'], what, not cause, cause, field))
    return checks


def main():
    module = AnsibleModule(
        argument_spec=dict(
            lb_host=dict(type='str', required=True),
            lb_address=dict(type='str', required=True),
            public_port=dict(type='int', required=True),
            sites=dict(type='list', elements='dict', required=True),
            sso=dict(type='dict', required=True),
            timeout=dict(type='int', default=10),
        ),
        supports_check_mode=True,
    )
    checks = []
    for site in module.params['sites']:
        checks.extend(site_checks(site, module.params))
    report(module, checks)


if __name__ == '__main__':
    main()
