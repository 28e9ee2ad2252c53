"""
Writes cases.json, the masking cases SecretScrubberTest and CallbackMaskingTest read: each text holds
a password in a form a real encoder writes (json, xml.sax.saxutils, html, urllib, repr, shlex, PyYAML,
base64), and its expected text has that form replaced by the mask. Run: python3 make_cases.py
"""
import base64
import html
import json
import os
import shlex
import urllib.parse
from xml.sax.saxutils import escape, quoteattr

import yaml

MASK = '********'
cases = []


def case(name, secrets, text, masked):
    cases.append({'name': name, 'secrets': secrets, 'text': text, 'masked': masked})


def embedded(name, secrets, form, before='value=[', after='] end'):
    case(name, secrets, before + form + after, before + MASK + after)


LONG = 'Pa&ss<w>"o\'rd\\ \u00fc\u20ac\U0001F600 #1/%+'
SHELL = 'Tr0ub4dor&3 $(id)\'"`\\;|*'
for label, s in (('long', LONG), ('shell', SHELL)):
    S = [s]
    embedded(label + ' literal', S, s)
    embedded(label + ' JSON', S, json.dumps(s)[1:-1])
    embedded(label + ' JSON, non-ASCII kept', S, json.dumps(s, ensure_ascii=False)[1:-1])
    embedded(label + ' JSON in JSON', S, json.dumps(json.dumps(s)[1:-1])[1:-1])
    embedded(label + ' JSON in JSON in JSON', S, json.dumps(json.dumps(json.dumps(s)[1:-1])[1:-1])[1:-1])
    embedded(label + ' XML text', S, escape(s), '<password>', '</password>')
    embedded(label + ' XML attribute', S, quoteattr(s, {"'": '&apos;'})[1:-1], '<p v="', '"/>')
    embedded(label + ' HTML', S, html.escape(s))
    embedded(label + ' XML with numeric references', S,
             escape(s, {'"': '&#34;', "'": '&#39;'}).encode('ascii', 'xmlcharrefreplace').decode('ascii'))
    embedded(label + ' XML with hex references', S,
             ''.join(c if c.isalnum() and ord(c) < 128 else '&#x%X;' % ord(c) for c in s))
    embedded(label + ' XML diff in JSON', S, json.dumps(escape(s))[1:-1], '"+  <password>', '</password>"')
    embedded(label + ' URL-encoded', S, urllib.parse.quote(s, safe=''), 'https://h/?pw=', '&x=1')
    embedded(label + ' URL-encoded, + for space', S, urllib.parse.quote_plus(s), 'https://h/?pw=', '&x=1')
    embedded(label + ' URL-encoded, lower-case hex', S,
             ''.join(c if c.isalnum() and ord(c) < 128 else ''.join('%%%02x' % b for b in c.encode()) for c in s))
    embedded(label + ' URL path', S, urllib.parse.quote(s), 'mysql://u:', '@db/x')
    embedded(label + ' Python repr', S, repr(s)[1:-1], "{'pw': '", "'}")
    embedded(label + ' Python repr, double-quoted', S, s.replace('\\', '\\\\').replace('"', '\\"'), '"', '"')
    embedded(label + ' Python ascii()', S, ascii(s)[1:-1], "{'pw': '", "'}")
    embedded(label + ' Python bytes repr', S, repr(s.encode())[2:-1], "b'", "'")
    embedded(label + ' shell single quotes', S, shlex.quote(s)[1:-1], "mysql -p'", "' -e")
    embedded(label + " shell single quotes with '\\''", S, s.replace("'", "'\\''"), "echo '", "'")
    embedded(label + ' YAML single quotes', S, yaml.safe_dump(s, default_style="'", width=1000).strip()[1:-1], "pw: '", "'")
    embedded(label + ' YAML double quotes', S, yaml.safe_dump(s, default_style='"', width=1000).strip()[1:-1], 'pw: "', '"')
    embedded(label + ' YAML double quotes, unicode kept', S,
             yaml.safe_dump(s, default_style='"', allow_unicode=True, width=1000).strip()[1:-1], 'pw: "', '"')
    raw = s.encode()
    embedded(label + ' base64', S, base64.b64encode(raw).decode(), 'Authorization: Basic ', '')
    embedded(label + ' base64 unpadded', S, base64.b64encode(raw).decode().rstrip('='), 'token ', ' end')
    embedded(label + ' base64 URL-safe', S, base64.urlsafe_b64encode(raw).decode(), 'token ', ' end')
    embedded(label + ' base64 URL-safe unpadded', S, base64.urlsafe_b64encode(raw).decode().rstrip('='), 'token ', ' end')
    # In a longer encoded text the password's characters depend on where it sits: three alignments.
    # Only the characters made of the password's bits alone are masked.
    for prefix in (b'user:', b'users:', b'user12:'):
        whole = base64.b64encode(prefix + raw + b'@host').decode()
        bits = 8 * len(prefix)
        start = -(-bits // 6)
        end = (bits + 8 * len(raw)) // 6
        case('%s base64 inside a longer text, %d bytes before' % (label, len(prefix)), S,
             'blob ' + whole, 'blob ' + whole[:start] + MASK + whole[end:])

embedded('shell backslash form', [SHELL], ''.join(c if c.isalnum() else '\\' + c for c in SHELL), 'sh -c ', ' x')

# Short passwords (a sudo password the admin did not choose) only as whole tokens.
for s, inside in (('ab', ['abc', 'cab', 'grab_bag', 'ab_1', 'xab']), ('x', ['max', 'x1', 'xx']),
                  ('p@s', ['zp@s', 'p@sz', 'p%40sz'])):
    for word in inside:
        case('short %r inside %r is left' % (s, word), [s], 'the %s here' % word, 'the %s here' % word)
case("short 'ab' alone", ['ab'], 'ab', MASK)
case("short 'ab' as a value", ['ab'], 'password: ab.', 'password: %s.' % MASK)
case("short 'ab' quoted in JSON", ['ab'], '{"pw":"ab","n":1}', '{"pw":"%s","n":1}' % MASK)
case("short 'ab' after a JSON newline", ['ab'], '"msg":"login\\nab failed"', '"msg":"login\\n%s failed"' % MASK)
case("short 'x' as a word", ['x'], 'sudo -S <<< x; max', 'sudo -S <<< %s; max' % MASK)
case("short 'p@s' URL-encoded", ['p@s'], 'pw=p%40s&', 'pw=%s&' % MASK)
case("short 'p@s' in XML", ['p@s'], '<pw>p&#64;s</pw>', '<pw>%s</pw>' % MASK)
case("short 'ab' base64", ['ab'], 'Basic YWI=', 'Basic ' + MASK)
case("short 'ab' base64 inside a word is left", ['ab'], 'xYWI=', 'xYWI=')

# Several passwords, overlaps and repeats.
case('the longer of two overlapping passwords', ['secret-part', 'secret-part-longer'],
     'a secret-part-longer b secret-part c', 'a %s b %s c' % (MASK, MASK))
case('repeated', ['Hunter2-Hunter2'], 'Hunter2-Hunter2Hunter2-Hunter2', MASK + MASK)
case('nothing to mask', ['correct-horse-battery'],
     'TASK [es_node : Write master-datasources.xml] changed: [store-1] correct horse battery staple',
     'TASK [es_node : Write master-datasources.xml] changed: [store-1] correct horse battery staple')
case('no passwords', [], 'password: hunter2', 'password: hunter2')

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'cases.json'), 'w', encoding='ascii') as f:
    json.dump({'mask': MASK, 'cases': cases}, f, indent=1, ensure_ascii=True)
