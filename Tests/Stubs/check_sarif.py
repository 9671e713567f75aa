#!/usr/bin/env python3
"""Checks a SARIF log against the SARIF 2.1.0 JSON schema (draft-04, with its uri formats checked).

Usage: check_sarif.py SCHEMA LOG   Prints each violation; exits 1 when there is any.
"""
import json
import sys

import jsonschema


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    with open(sys.argv[2], encoding="utf-8") as f:
        log = json.load(f)
    jsonschema.Draft4Validator.check_schema(schema)
    validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
    errors = list(validator.iter_errors(log))
    for error in errors[:20]:
        print(f"{'/'.join(map(str, error.absolute_path))}: {error.message[:300]}")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
