# Part of ES Cluster Wizard: the part of XPath that es_xml_edit can create elements from.
# A path of child steps, each a name with optional predicates that say what the new element
# holds:  /a/b[@name='x']/c   /a/item[id/text()='y' and @kind='z']   (prefixes from namespaces).

import re

_NAME = r'[^\W\d][\w.\-]*(?::[^\W\d][\w.\-]*)?'
_LITERAL = r'(?:\'[^\']*\'|"[^"]*")'
_STEP = re.compile(r'^(%s)((?:\[.*\])*)$' % _NAME, re.UNICODE | re.DOTALL)
_ATTRIBUTE_TEST = re.compile(r'^\s*@(%s)\s*=\s*(%s)\s*$' % (_NAME, _LITERAL), re.UNICODE)
_CHILD_TEST = re.compile(r'^\s*(%s)(?:/text\(\))?\s*=\s*(%s)\s*$' % (_NAME, _LITERAL), re.UNICODE)


class Step(object):
    """One location step: its name, and the attributes and child texts its predicates require."""

    def __init__(self, text, name, attributes, children):
        self.text = text
        self.name = name
        self.attributes = attributes
        self.children = children


class UnsupportedPath(Exception):
    """The XPath selects nothing and is not a path the module can create."""


def split_steps(xpath):
    """The location steps of an absolute or root-relative path, split at '/' outside [] and quotes."""
    text = xpath.strip()
    if text.startswith('//'):
        raise UnsupportedPath('it starts with //; write the full path from the root element')
    text = text[1:] if text.startswith('/') else text
    steps, depth, quote, current = [], 0, None, ''
    for c in text:
        if quote:
            quote = None if c == quote else quote
        elif c in '\'"':
            quote = c
        elif c == '[':
            depth += 1
        elif c == ']':
            depth -= 1
        elif c == '/' and depth == 0:
            steps.append(current)
            current = ''
            continue
        current += c
    steps.append(current)
    if any(s.strip() == '' for s in steps):
        raise UnsupportedPath('it has an empty step (//)')
    return steps


def parse_step(text):
    m = _STEP.match(text.strip())
    if not m:
        raise UnsupportedPath('the step %s is not a plain element name with predicates' % text)
    attributes, children = [], []
    for condition in _conditions(m.group(2)):
        a = _ATTRIBUTE_TEST.match(condition)
        c = _CHILD_TEST.match(condition)
        if a:
            attributes.append((a.group(1), a.group(2)[1:-1]))
        elif c:
            children.append((c.group(1), c.group(2)[1:-1]))
        else:
            raise UnsupportedPath("the predicate [%s] says nothing the module can create from; "
                                  "use [@attr='v'] or [child='v']" % condition)
    return Step(text, m.group(1), attributes, children)


def _conditions(predicates):
    """Each predicate's tests, split at brackets and at ' and ' outside quotes."""
    out, depth, quote, current = [], 0, None, ''
    for c in predicates:
        if quote:
            quote = None if c == quote else quote
        elif c in '\'"':
            quote = c
        elif c == '[':
            depth += 1
            if depth == 1:
                continue
        elif c == ']':
            depth -= 1
            if depth == 0:
                out.extend(_split_and(current))
                current = ''
                continue
        current += c
    return out


def _split_and(condition):
    parts, quote, current, i = [], None, '', 0
    while i < len(condition):
        c = condition[i]
        if quote:
            quote = None if c == quote else quote
        elif c in '\'"':
            quote = c
        elif condition[i:i + 5] == ' and ':
            parts.append(current)
            current = ''
            i += 5
            continue
        current += c
        i += 1
    parts.append(current)
    return parts
