"""Writes the zips of the fake diagnose run (diagnose.sh): one per host but store-2."""
import base64
import json
import os
import sys
import time
import urllib.parse
import zipfile

import yaml

dest = sys.argv[1]


def unsafe(loader, node):
    return loader.construct_scalar(node)


yaml.SafeLoader.add_constructor('!unsafe', unsafe)
with open(sys.argv[2]) as f:
    pw = yaml.safe_load(f)['es_cluster_db_password']
xml_pw = pw.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
hosts = ['database', 'publisher-1', 'publisher-2', 'store-1', 'identity-server', 'load-balancer']
for host in hosts:
    entries = {
        'files/opt/es/repository/conf/datasources/master-datasources.xml':
            '<datasources-configuration><datasources><datasource><name>WSO2_USER_DB</name><definition type="RDBMS">'
            '<configuration><url>jdbc:mysql://127.0.0.1:3306/WSO2UM_DB?autoReconnect=true</url>'
            '<username>wso2es</username><password>' + xml_pw + '</password></configuration></definition>'
            '</datasource></datasources></datasources-configuration>\n',
        'files/opt/es/repository/conf/user-mgt.xml':
            '<UserManager><Realm><Configuration><AdminUser><UserName>admin</UserName>'
            '<Password>StockAdminPw1</Password></AdminUser>'
            '<Property name="ConnectionPassword">LdapPw-123</Property></Configuration></Realm></UserManager>\n',
        'files/opt/es/repository/conf/tomcat/catalina-server.xml':
            '<Server><Service><Connector port="9443" keystorePass="KsPass-77" truststorePass="wso2carbon"/>'
            '</Service></Server>\n',
        'files/etc/app.properties': 'db.url=jdbc:mysql://db/x?user=u&password=' + urllib.parse.quote(pw, safe='')
                                    + '&ssl=true\nkeystore.password=Ks-Secret-9\nname=kept\n',
        'files/etc/nginx/ssl/site.crt.txt': 'cert\n-----BEGIN RSA PRIVATE KEY-----\nMIIEabc\nDEF==\n'
                                            '-----END RSA PRIVATE KEY-----\nafter\n',
        'logs/opt/es/repository/logs/wso2carbon.log': 'INFO started\nDEBUG auth header '
            + base64.b64encode(('admin:' + pw).encode()).decode() + '\nDEBUG json {"pw": ' + json.dumps(pw) + '}\n',
        'commands/nginx-T.txt': '$ nginx -T\nserver { listen 443; }\n',
        '../../escape.txt': 'outside\n',
    }
    items = [dict(kind='file', source='/' + name.split('/', 1)[1], entry=name, state='copied', note='', size=len(text))
             for name, text in entries.items()]
    items.append(dict(kind='file', source='/opt/es/repository/conf/identity.xml', entry='', state='missing', note='',
                      size=0))
    items.append(dict(kind='file', source='/opt/es/repository/resources/security/wso2carbon.jks', entry='',
                      state='skipped', note='key store or key file: never copied', size=0))
    entries['manifest.json'] = json.dumps(dict(time=time.time(), host=host, items=items))
    with zipfile.ZipFile(os.path.join(dest, host + '.zip'), 'w') as z:
        for name, text in entries.items():
            z.writestr(name, text)
with open(os.path.join(dest, 'controller-ansible.txt'), 'w') as f:
    f.write('ansible-core 2.14.3\n')
msg = 'Failed to connect to the host via ssh: Permission denied for password ' + pw
print(json.dumps({'_event': 'v2_runner_on_unreachable', '_timestamp': '2026-11-25T22:02:37.848906Z',
                  'hosts': {'store-2': {'action': 'ansible.builtin.command', 'changed': False, 'msg': msg,
                                        'unreachable': True}},
                  'task': {'duration': {'end': '2026-11-25T22:02:37.848737Z', 'start': '2026-11-25T22:02:37.608479Z'},
                           'id': '02fc0000-0001-6349-558b-000000000007', 'name': 'Log in and become the configured user',
                           'path': '/srv/demo/diagnose.yml:7'}}))
