"""Which passwords the callback plugin takes from variables: argv = plugin file; prints them sorted as JSON."""
import importlib.util
import json
import sys

from ansible.utils.unsafe_proxy import AnsibleUnsafeText

spec = importlib.util.spec_from_file_location('eswizard_events', sys.argv[1])
plugin = importlib.util.module_from_spec(spec)
spec.loader.exec_module(plugin)
variables = {
    'es_cluster_db_password': AnsibleUnsafeText('db {{ pw }}'),
    'es_mysql_admin_password': 'admin-pw',
    'es_cluster_become_password': '',
    'es_cluster_become_passwords': {'10.0.0.1': 'sudo-1', '10.0.0.2': AnsibleUnsafeText('sudo-2')},
    'ansible_become_password': '{{ es_cluster_become_passwords[ansible_host] | default(es_cluster_become_password) }}',
    'ansible_ssh_pass': 'ssh-pw',
    'ansible_become_pass': ['listed-pw'],
    'es_node_port': 9443,
    'es_cluster_db_user': 'not-a-password',
    'es_passwordless': 'not-a-password-either',
    'es_db_password_file': '/not/a/password',
}
found = set()
for name, value in variables.items():
    plugin._secret_values(name, value, found)
json.dump(sorted(found), sys.stdout)
