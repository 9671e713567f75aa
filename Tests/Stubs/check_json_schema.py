#!/usr/bin/env python3
"""Checks YAML files against sharec's JSON Schema the way an editor would, and the schema against
draft 2020-12's meta-schema. Patterns are matched with the `regex` module, which, like the
JavaScript engines editors use, knows Unicode classes such as \\p{L} (Python's `re` does not).

Usage: check_json_schema.py SCHEMA FILE...   Prints "FILE: N errors" a file (and the first few), exits 0.
"""
import json
import sys

import jsonschema
import regex
import yaml
from jsonschema import Draft202012Validator, validators


def pattern(validator, expected, instance, schema):
    if validator.is_type(instance, "string") and not regex.search(expected, instance):
        yield jsonschema.ValidationError(f"{instance!r} does not match {expected!r}")


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    # The meta-schema without format assertions: its `regex` format would compile patterns with `re`.
    Draft202012Validator(Draft202012Validator.META_SCHEMA).validate(schema)
    for expected in {n["pattern"] for n in walk(schema) if isinstance(n.get("pattern"), str)}:
        regex.compile(expected)
    checker = validators.extend(Draft202012Validator, {"pattern": pattern})(schema)
    for path in sys.argv[2:]:
        with open(path, encoding="utf-8") as f:
            errors = list(checker.iter_errors(yaml.safe_load(f)))
        print(f"{path}: {len(errors)} errors")
        for error in errors[:3]:
            print(f"  {'/'.join(map(str, error.absolute_path))}: {error.message[:200]}")


def walk(node):
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from walk(value)


if __name__ == "__main__":
    main()
