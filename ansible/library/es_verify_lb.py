#!/usr/bin/python
# Part of ES Cluster Wizard.

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
module: es_verify_lb
short_description: Checks, on the load balancer, where NGINX sends each public host name and that it reaches those nodes
description:
  - Reads NGINX's effective configuration (C(nginx -T)), finds the site of each public host name on
    the public HTTPS port and the upstream it proxies the role's app (/publisher/ or /store/) to,
    and checks that the upstream lists every node of the name's role, and nothing else.
  - From this host, as NGINX would, opens /publisher/ or /store/ on each node with the public
    host name in the Host header; the node must answer, and with SSO on, send the browser to the
    Identity Server with the issuer and return URL the project sets for its role.
  - Returns the checks in C(esw_checks) (see module_utils/es_verify.py) and fails when one fails.
  - Reads only; supports check mode.
options:
  host:
    description: This host's inventory name (the load balancer's).
    type: str
    required: true
  sites:
    description: Each public host name with the C(role) of the nodes behind it.
    type: list
    elements: dict
    required: true
  nodes:
    description: Every node (es_cluster_nodes), with name, role, address and https_port.
    type: list
    elements: dict
    required: true
  lb_address:
    description: The address NGINX listens on.
    type: str
    required: true
  public_port:
    description: The public HTTPS port.
    type: int
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
- name: NGINX sends each host name to its nodes, and reaches them
  es_verify_lb:
    host: "{{ inventory_hostname }}"
    sites: [{name: store.es.example.com, role: store}]
    nodes: "{{ es_cluster_nodes }}"
    lb_address: "{{ es_cluster_lb_address }}"
    public_port: 443
    sso: {enabled: false, idp_url: '', issuers: {}, acs: {}}
'''

RETURN = r'''
esw_checks:
  description: lb-config, lb-site, lb-node and lb-extra checks, and node-sso per node with SSO on.
  type: list
  returned: always
'''

from ansible.module_utils.basic import AnsibleModule
from ansible.module_utils.es_nginx_config import parse_dump, sites_for, upstream_of
from ansible.module_utils.es_verify import HttpsError, check, login_problem, login_redirect, node_field, report


def host_header(name, port):
    return name if port == 443 else '%s:%d' % (name, port)


def read_config(module):
    """(parsed files, None) or (None, the reason nginx -T failed)."""
    nginx = module.get_bin_path('nginx', opt_dirs=['/usr/sbin', '/usr/local/sbin'])
    if not nginx:
        return None, 'NGINX is not installed on this host'
    rc, out, err = module.run_command([nginx, '-T'])
    if rc != 0:
        lines = err.strip().splitlines()
        why = [line for line in lines if '[emerg]' in line] or lines[-1:] or ['exit code %d' % rc]
        return None, 'nginx -T failed: %s' % '; '.join(why)
    return parse_dump(out), None


def upstream_problem(node, where, servers, upstream, source):
    """(cause, field) when the upstream does not list the node, else ('', '')."""
    if where in servers:
        return '', ''
    if upstream is None:
        return ('NGINX does not send traffic to %s: its site in %s proxies to no upstream; run the playbook again'
                % (where, source), '')
    same_host = [s for s in servers if s.rsplit(':', 1)[0] == node['address']]
    if same_host:
        return ('NGINX sends %s\'s traffic to %s, but %s answers on %s (upstream %s in %s; run the playbook '
                'again to rewrite it)' % (node['name'], same_host[0], node['name'], where, upstream, source),
                node_field(node['name'], 'portOffset'))
    return ('NGINX does not send traffic to %s: the upstream %s in %s lists %s; run the playbook again to '
            'rewrite it' % (where, upstream, source, ', '.join(servers) or 'nothing'), '')


def reach_problem(node, error):
    cause = 'the load balancer cannot reach %s: %s' % (node['name'], error)
    if 'connection refused' in str(error):
        return cause + '; is the server running?', node_field(node['name'], 'portOffset')
    return cause, node_field(node['name'], 'address')


def site_checks(files, site, nodes, p):
    role, name = site['role'], site['name']
    servers_for_name = sites_for(files, name, p['lb_address'], p['public_port'])
    what = 'NGINX has one site for %s on %s:%d' % (name, p['lb_address'], p['public_port'])
    if not servers_for_name:
        return [check('lb-site', p['host'], what, False, 'no server block of NGINX answers %s there; run the '
                      'playbook again' % name, 'hostNames.%s' % role)]
    server = servers_for_name[0]
    checks = []
    if len(servers_for_name) > 1:
        checks.append(check('lb-site', p['host'], what, False, 'NGINX uses the first of %d sites for %s, in %s, and '
                            'ignores the others (%s): remove the ones that are not this cluster\'s' % (
                                len(servers_for_name), name, server.source,
                                ', '.join(s.source for s in servers_for_name[1:]))))
    upstream, servers = upstream_of(files, server, '/%s/' % role)
    members = [n for n in nodes if n['role'] == role]
    wanted = ['%s:%s' % (n['address'], n['https_port']) for n in members]
    for node in members:
        where = '%s:%s' % (node['address'], node['https_port'])
        what = 'gets %s traffic from the load balancer, which reaches it at %s' % (name, where)
        cause, field = upstream_problem(node, where, servers, upstream, server.source)
        answer = None
        try:
            answer = login_redirect(node['address'], node['https_port'], role, host_header(name, p['public_port']),
                                    None, p['timeout'])
        except HttpsError as e:
            if not cause:
                cause, field = reach_problem(node, e)
        checks.append(check('lb-node', node['name'], what, not cause, cause, field))
        if answer is not None and p['sso']['enabled']:
            checks.append(sso_check(node, role, answer, p['sso']))
    known_hosts = set(n['address'] for n in members)
    for extra in [s for s in servers if s not in wanted and s.rsplit(':', 1)[0] not in known_hosts]:
        checks.append(check('lb-extra', p['host'], 'NGINX sends %s only to %s nodes' % (name, role), False,
                            'the upstream %s in %s also lists %s, which is no %s node; run the playbook again'
                            % (upstream, server.source, extra, role)))
    return checks


def sso_check(node, role, answer, sso):
    issuer, acs = sso['issuers'][role], sso['acs'][role]
    what = "sends the %s login to the Identity Server with issuer '%s' and return URL %s" % (role, issuer, acs)
    cause, field = login_problem(answer, role, sso['idp_url'], issuer, acs)
    if field in ('sso.idpUrl', 'sso.%sIssuer' % role, 'sso.%sAcsUrl' % role):
        cause += ' (%s.json on %s differs from the project: run the playbook again)' % (role, node['name'])
    return check('node-sso', node['name'], what, not cause, cause, field)


def main():
    module = AnsibleModule(
        argument_spec=dict(
            host=dict(type='str', required=True),
            sites=dict(type='list', elements='dict', required=True),
            nodes=dict(type='list', elements='dict', required=True),
            lb_address=dict(type='str', required=True),
            public_port=dict(type='int', required=True),
            sso=dict(type='dict', required=True),
            timeout=dict(type='int', default=10),
        ),
        supports_check_mode=True,
    )
    p = module.params
    files, problem = read_config(module)
    if problem:
        report(module, [check('lb-config', p['host'], 'NGINX\'s configuration can be read', False, problem,
                              'loadBalancer.installNginx')])
    checks = []
    for site in p['sites']:
        checks.extend(site_checks(files, site, p['nodes'], p))
    report(module, checks)


if __name__ == '__main__':
    main()
