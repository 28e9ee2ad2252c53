# Part of ES Cluster Wizard: reads NGINX's effective configuration (the output of nginx -T) for
# the verify module of the load balancer (library/es_verify_lb.py).

from __future__ import absolute_import, division, print_function

__metaclass__ = type

import re

FILE_HEADER = '# configuration file '


class Directive:
    def __init__(self, name, args, children, source):
        self.name = name
        self.args = args
        self.children = children
        self.source = source

    def all(self, name):
        """Every directive with this name below this one, at any depth."""
        found = []
        for child in self.children or []:
            if child.name == name:
                found.append(child)
            found.extend(child.all(name))
        return found

    def values(self, name):
        return [c.args for c in self.children or [] if c.name == name]


def _tokens(text):
    """(is_word, text) tokens of one file: words and quoted strings, and the punctuation { } ;"""
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c.isspace():
            i += 1
        elif c == '#':
            while i < n and text[i] != '\n':
                i += 1
        elif c in '{};':
            yield False, c
            i += 1
        elif c in '"\'':
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == '\\' else 1
            yield True, text[i + 1:j]
            i = j + 1
        else:
            j = i
            while j < n and not text[j].isspace() and text[j] not in '{};':
                j += 1
            yield True, text[i:j]
            i = j


def parse_file(text, source):
    root = Directive('', [], [], source)
    stack = [root]
    words = []
    for is_word, token in _tokens(text):
        if is_word:
            words.append(token)
        elif token == ';':
            if words:
                stack[-1].children.append(Directive(words[0], words[1:], None, source))
            words = []
        elif token == '{':
            block = Directive(words[0] if words else '', words[1:], [], source)
            stack[-1].children.append(block)
            stack.append(block)
            words = []
        else:
            if len(stack) > 1:
                stack.pop()
            words = []
    return root


def parse_dump(dump):
    """The files of nginx -T output, each parsed on its own (includes are printed as separate files)."""
    files = []
    name, lines = None, []
    for line in dump.splitlines():
        if line.startswith(FILE_HEADER):
            if name is not None:
                files.append(parse_file('\n'.join(lines), name))
            name, lines = line[len(FILE_HEADER):].rstrip(':'), []
        elif name is not None:
            lines.append(line)
    if name is not None:
        files.append(parse_file('\n'.join(lines), name))
    return files


def _listen_port(args):
    """(address or '', port) of a listen directive."""
    first = args[0] if args else ''
    if first.startswith('['):
        address, _, port = first[1:].partition(']:')
        return address, port
    if ':' in first:
        address, port = first.rsplit(':', 1)
        return address, port
    if first.isdigit():
        return '', first
    return first, '80'


def sites_for(files, name, address, port):
    """Every server block for this name on address:port; NGINX uses the first and ignores the others."""
    found = []
    for f in files:
        for server in f.all('server'):
            if server.children is None:
                continue
            names = [n for args in server.values('server_name') for n in args]
            listens = [_listen_port(a) for a in server.values('listen')]
            on_port = any(p == str(port) and a in ('', '*', '0.0.0.0', '::', address) for a, p in listens)
            if on_port and name in names:
                found.append(server)
    return found


def location_for(server, uri):
    """The location block of the server that NGINX picks for uri: an exact match (=), else the longest
    prefix when it has ^~, else the first regular expression (~, ~*) that matches, else the longest
    prefix; None when no location matches."""
    locations = [c for c in server.children or [] if c.name == 'location']
    prefix, prefix_len, prefix_stops = None, -1, False
    for location in locations:
        args = location.args
        if len(args) == 2 and args[0] == '=' and args[1] == uri:
            return location
        if len(args) == 1 or (len(args) == 2 and args[0] == '^~'):
            path = args[-1]
            if uri.startswith(path) and len(path) > prefix_len:
                prefix, prefix_len, prefix_stops = location, len(path), len(args) == 2
    if prefix is not None and prefix_stops:
        return prefix
    for location in locations:
        args = location.args
        if len(args) == 2 and args[0] in ('~', '~*'):
            flags = re.IGNORECASE if args[0] == '~*' else 0
            try:
                if re.search(args[1], uri, flags):
                    return location
            except re.error:
                continue
    return prefix


def upstream_of(files, server, uri='/'):
    """(upstream name, [host:port, ...]) that the server proxies uri to; (None, []) when none."""
    location = location_for(server, uri)
    if location is None:
        return None, []
    for args in location.values('proxy_pass'):
        target = args[0].split('://', 1)[-1].rstrip('/')
        for f in files:
            for upstream in f.all('upstream'):
                if upstream.args[:1] == [target]:
                    return target, [a[0] for a in upstream.values('server') if a]
        return target, [target]
    return None, []
