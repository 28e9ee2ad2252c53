# Part of ES Cluster Wizard: the edits of es_json_edit. The file is scanned once for the position
# of every value, and a set replaces only that value's text (or inserts one member, written in the
# style of its neighbours), so key order, spacing and every other value stay as they were.

import json
import re
from collections import Counter
from json.decoder import scanstring

from ansible.module_utils.es_edit_common import (EditError, SECRET_MASK, SECRET_MASK_CHANGED,
                                                 newline_of)

_NUMBER = re.compile(r'-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?')
_SPACE = re.compile(r'[ \t\r\n]*')
_BOM = u'\ufeff'


class JsonValue(object):
    """A value's position in the text; for an object, its members as (key, key start, value)."""

    def __init__(self, start):
        self.start = start
        self.end = start
        self.members = None


class JsonEdit(object):

    def __init__(self, number, raw):
        self.number = number
        self.key_path = [str(k) for k in raw['key_path']]
        if not self.key_path:
            raise EditError('edit %d: key_path is empty; name at least one key' % number)
        self.secret = raw.get('secret_value') is not None
        self.value = raw['secret_value'] if self.secret else raw.get('value')
        if self.value is None:
            raise EditError('edit %d (%s): give value or secret_value' % (number, '.'.join(self.key_path)))


class JsonSource(object):

    def __init__(self, data, path):
        self.path = path
        try:
            text = data.decode('utf-8')
        except UnicodeDecodeError as e:
            raise EditError('%s is not UTF-8 text: %s' % (path, e))
        self.bom = text.startswith(_BOM)
        self.text = text[1:] if self.bom else text
        try:
            self.parsed = json.loads(self.text)
        except ValueError as e:
            raise EditError('%s is not valid JSON: %s' % (path, e))
        self.root = _Scanner(self.text).value(_SPACE.match(self.text, 0).end())
        self.newline = newline_of(self.text)
        self._unit = None

    def encode(self, text):
        return ((_BOM if self.bom else u'') + text).encode('utf-8')

    def line_indent(self, pos):
        begin = self.text.rfind('\n', 0, pos) + 1
        line = self.text[begin:pos]
        return line[:len(line) - len(line.lstrip(' \t'))]

    def unit(self):
        """One indent step: the most common increase from an object's line to its members' lines."""
        if self._unit is None:
            steps = Counter()
            self._count_steps(self.root, steps)
            self._unit = steps.most_common(1)[0][0] if steps else '    '
        return self._unit

    def _count_steps(self, node, steps):
        for _, key_start, value in node.members or []:
            outer, inner = self.line_indent(node.start), self.line_indent(key_start)
            if inner.startswith(outer) and len(inner) > len(outer):
                steps[inner[len(outer):]] += 1
            self._count_steps(value, steps)


class _Scanner(object):
    """Positions of the values of a text json.loads has already accepted."""

    def __init__(self, text):
        self.text = text

    def value(self, at):
        node = JsonValue(at)
        c = self.text[at]
        if c == '{':
            node.members = []
            at = self._space(at + 1)
            while self.text[at] != '}':
                key_start = at
                key, at = scanstring(self.text, at + 1)
                at = self._space(self._space(at) + 1)
                child = self.value(at)
                node.members.append((key, key_start, child))
                at = self._space(child.end)
                if self.text[at] == ',':
                    at = self._space(at + 1)
            node.end = at + 1
        elif c == '[':
            at = self._space(at + 1)
            while self.text[at] != ']':
                at = self._space(self.value(at).end)
                if self.text[at] == ',':
                    at = self._space(at + 1)
            node.end = at + 1
        elif c == '"':
            node.end = scanstring(self.text, at + 1)[1]
        elif c in 'tfn':
            node.end = at + (5 if c == 'f' else 4)
        else:
            node.end = _NUMBER.match(self.text, at).end()
        return node

    def _space(self, at):
        return _SPACE.match(self.text, at).end()


def apply_edits(data, path, edits):
    """The new bytes, what changed, and the numbers of the secret edits that changed."""
    changes, secret_changed = [], set()
    for edit in edits:
        source = JsonSource(data, path)
        new = _set(source, edit)
        if new is not None:
            data = source.encode(new)
            changes.append('set %s' % '.'.join(edit.key_path))
            if edit.secret:
                secret_changed.add(edit.number)
    for edit in edits:
        if _set(JsonSource(data, path), edit) is not None:
            raise EditError('%s: edit %d (%s) undoes what an earlier edit set; the edits conflict'
                            % (path, edit.number, '.'.join(edit.key_path)))
    return data, changes, secret_changed


def _set(source, edit):
    """The text with the edit applied, or None when the value is already there."""
    node, current = source.root, source.parsed
    for depth, key in enumerate(edit.key_path):
        if node.members is None:
            where = '.'.join(edit.key_path[:depth]) or 'the top level'
            raise EditError('%s: edit %d: %s is not an object, so it cannot hold the key %s'
                            % (source.path, edit.number, where, key))
        found = [m for m in node.members if m[0] == key]
        if not found:
            rest = edit.value
            for k in reversed(edit.key_path[depth + 1:]):
                rest = {k: rest}
            return _insert(source, node, key, rest)
        node, current = found[-1][2], current[key]
    if _same(current, edit.value):
        return None
    indent = source.line_indent(node.start)
    return source.text[:node.start] + _dump(source, edit.value, indent) + source.text[node.end:]


def _insert(source, obj, key, value):
    text = source.text
    indent = source.line_indent(obj.start)
    if not obj.members:
        inner = indent + source.unit()
        member = '"%s": %s' % (_key(key), _dump(source, value, inner))
        return (text[:obj.start] + '{' + source.newline + inner + member + source.newline + indent + '}'
                + text[obj.end:])
    last_key, key_start, last = obj.members[-1]
    inner = source.line_indent(key_start)
    key_end = scanstring(text, key_start + 1)[1]
    separator = text[key_end:last.start]
    member = '"%s"%s%s' % (_key(key), separator, _dump(source, value, inner))
    if text[text.rfind('\n', 0, key_start) + 1:key_start].strip():
        return text[:last.end] + ', ' + member + text[last.end:]
    return text[:last.end] + ',' + source.newline + inner + member + text[last.end:]


def _key(key):
    return json.dumps(key, ensure_ascii=False)[1:-1]


def _dump(source, value, indent):
    """The value as JSON; objects and lists one entry per line, indented from `indent`."""
    if not isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    out = json.dumps(value, ensure_ascii=False, indent=source.unit(), separators=(',', ': '))
    return out.replace('\n', source.newline + indent)


def _same(a, b):
    """Equal as JSON values: true is not 1, and 1 equals 1.0."""
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a == b
    return type(a) is type(b) and a == b


def masked(data, path, edits, secret_changed):
    """The text with every secret edit's value replaced by a mask, for the diff."""
    source = JsonSource(data, path)
    text = source.text
    spans = []
    for edit in [e for e in edits if e.secret]:
        node = source.root
        for key in edit.key_path:
            found = [m for m in node.members or [] if m[0] == key]
            if not found:
                node = None
                break
            node = found[-1][2]
        if node is not None:
            mask = SECRET_MASK_CHANGED if edit.number in secret_changed else SECRET_MASK
            spans.append((node.start, node.end, json.dumps(mask)))
    for start, end, new in sorted(spans, reverse=True):
        text = text[:start] + new + text[end:]
    return text
