#!/usr/bin/python
# Part of ES Cluster Wizard.

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
module: es_verify_summary
short_description: Sums up the checks of verify.yml, and fails when one failed
description:
  - Takes the results of the check tasks of every host and fails, listing the failed checks,
    when any failed or a check task failed without reporting its checks, so that
    ansible-playbook verify.yml exits with an error code. It returns an empty C(esw_checks)
    list: it reports no check of its own.
  - Reads only; supports check mode.
options:
  results:
    description: The registered result of each check task, as C(host) and C(result).
    type: list
    elements: dict
    required: true
author: ES Cluster Wizard
'''

EXAMPLES = r'''
- name: Sum up
  es_verify_summary:
    results: "{{ es_verify_results }}"
'''

RETURN = r'''
failed_checks:
  description: How many checks failed.
  type: int
  returned: always
'''

from ansible.module_utils.basic import AnsibleModule


def main():
    module = AnsibleModule(
        argument_spec=dict(results=dict(type='list', elements='dict', required=True)),
        supports_check_mode=True,
    )
    checks, lines = [], []
    for entry in module.params['results']:
        result = entry.get('result') or {}
        if 'esw_checks' in result:
            checks.extend(result['esw_checks'])
        elif result.get('failed') or result.get('unreachable'):
            checks.append({'ok': False})
            lines.append('%s: a check could not be made: %s' % (entry.get('host'), result.get('msg', 'no message')))
    failed = [c for c in checks if not c.get('ok')]
    if failed:
        lines += ['%s: %s: %s' % (c.get('target'), c.get('what'), c.get('cause')) for c in failed if 'what' in c]
        module.fail_json(msg='%d of %d checks failed:\n%s' % (len(failed), len(checks), '\n'.join(lines)),
                         esw_checks=[], failed_checks=len(failed))
    module.exit_json(changed=False, msg='all %d checks passed' % len(checks), esw_checks=[], failed_checks=0)


if __name__ == '__main__':
    main()
