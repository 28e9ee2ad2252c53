#!/usr/bin/python
# Part of ES Cluster Wizard.

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
module: es_verify_idp
short_description: Checks that the Identity Server answers and has loaded the ES service providers
description:
  - Opens the Identity Server login URL (C(/samlsso)) as a browser does; any HTTP answer shows it answers.
  - For each service provider, sends the login request the app would send (a SAMLRequest with
    its issuer and return URL). The Identity Server shows its login page (200, or a redirect to
    a login page) only for a service provider it has loaded with that return URL; an error status
    or a redirect to its error page means it has not (it reads its SSO file when it starts).
  - Returns the checks in C(esw_checks) (see module_utils/es_verify.py) and fails when one fails.
    Run it on the computer that runs the wizard (the user's side).
  - Reads only; supports check mode.
options:
  is_host:
    description: The Identity Server's inventory name, the target of these checks.
    type: str
    required: true
  idp_url:
    description: The Identity Server login URL.
    type: str
    required: true
  providers:
    description: Each service provider with C(app), C(issuer) and C(acs).
    type: list
    elements: dict
    required: true
  sso_config:
    description: Path of the Identity Server's SSO file, named in the advice.
    type: str
    default: sso-idp-config.xml
  timeout:
    description: Seconds to wait for each connection and answer.
    type: int
    default: 10
author: ES Cluster Wizard
'''

EXAMPLES = r'''
- name: The Identity Server answers and knows the service providers
  es_verify_idp:
    is_host: identity-server
    idp_url: "{{ es_cluster_sso_idp_url }}"
    providers: [{app: store, issuer: store, acs: "https://store.es.example.com/store/acs"}]
'''

RETURN = r'''
esw_checks:
  description: idp-answers, and idp-sp per service provider when it answers.
  type: list
  returned: always
'''

import re
from urllib.parse import parse_qs, urlsplit

from ansible.module_utils.basic import AnsibleModule
from ansible.module_utils.es_verify import (HttpsError, authn_request_url, check, https_get, report,
                                            split_url)

TAGS = re.compile(r'<[^>]*>')
SPACES = re.compile(r'\s+')
IPV4 = re.compile(r'^[0-9.]+$')


def get(url, timeout):
    host, port, path, netloc = split_url(url)
    sni = None if IPV4.match(host) or ':' in host else host
    return https_get(host, port, path, netloc, sni, timeout)


def page_text(answer):
    text = answer.body.decode('utf-8', 'replace')
    text = re.sub(r'(?is)<(script|style|title)\b.*?</\1>', ' ', text)
    return SPACES.sub(' ', TAGS.sub(' ', text)).strip()[:200]


def refusal(answer):
    """Why the Identity Server did not show its login page, or '' when it did."""
    if answer.status == 200:
        return ''
    if answer.is_redirect():
        target = urlsplit(answer.location())
        if 'login' in target.path.lower():
            return ''
        message = parse_qs(target.query).get('statusMsg', parse_qs(target.query).get('status', ['']))[0]
        return 'it sent the browser to its error page %s%s' % (target.path, ': ' + message if message else '')
    text = page_text(answer)
    return 'it answered %d %s%s' % (answer.status, answer.reason, ' (%s)' % text if text else '')


def main():
    module = AnsibleModule(
        argument_spec=dict(
            is_host=dict(type='str', required=True),
            idp_url=dict(type='str', required=True),
            providers=dict(type='list', elements='dict', required=True),
            sso_config=dict(type='str', default='sso-idp-config.xml'),
            timeout=dict(type='int', default=10),
        ),
        supports_check_mode=True,
    )
    p = module.params
    what = 'the Identity Server answers at %s' % p['idp_url']
    try:
        get(p['idp_url'], p['timeout'])
    except HttpsError as e:
        report(module, [check('idp-answers', p['is_host'], what, False, '%s; is the Identity Server running there?'
                              % e, 'sso.idpUrl')])
    checks = [check('idp-answers', p['is_host'], what, True)]
    for sp in p['providers']:
        what = "the Identity Server accepts logins for '%s' returning to %s" % (sp['issuer'], sp['acs'])
        try:
            cause = refusal(get(authn_request_url(p['idp_url'], sp['issuer'], sp['acs']), p['timeout']))
        except HttpsError as e:
            cause = str(e)
        if cause:
            cause = ("%s. Is '%s' registered with that return URL in %s, and was the Identity Server restarted "
                     "after that file changed?" % (cause, sp['issuer'], p['sso_config']))
        checks.append(check('idp-sp', p['is_host'], what, not cause, cause, 'sso.%sIssuer' % sp['app']))
    report(module, checks)


if __name__ == '__main__':
    main()
