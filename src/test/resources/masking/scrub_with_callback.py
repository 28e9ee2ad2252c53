"""Masks cases with the callback plugin's scrubber: argv = plugin file, cases file; prints the texts as JSON."""
import importlib.util
import json
import sys

spec = importlib.util.spec_from_file_location('eswizard_events', sys.argv[1])
plugin = importlib.util.module_from_spec(spec)
spec.loader.exec_module(plugin)
with open(sys.argv[2], encoding='utf-8') as f:
    cases = json.load(f)['cases']
scrubbers = {}
out = []
for c in cases:
    key = tuple(c['secrets'])
    if key not in scrubbers:
        scrubbers[key] = plugin._Scrubber(c['secrets'])
    out.append(scrubbers[key].scrub(c['text']))
json.dump(out, sys.stdout)
