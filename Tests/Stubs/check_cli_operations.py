#!/usr/bin/env python3
"""Reads a generated script's --dry-run listing on standard input (one `aws SERVICE OPERATION ...`
call a line, shell-quoted) and prints every service, operation or waiter that the installed AWS
CLI's botocore models do not have. Prints nothing, and exits 0, when all exist; exits 1 otherwise."""
import shlex
import sys

import botocore.session
from botocore import xform_name


def main():
    session = botocore.session.get_session()
    services = set(session.get_available_services())
    operations, waiters, problems, seen = {}, {}, [], 0
    for line in sys.stdin:
        if not line.startswith("aws "):
            continue
        words = shlex.split(line)
        service, operation = words[1], words[2]
        seen += 1
        if service not in services:
            problems.append(f"no service {service}")
            continue
        if service not in operations:
            model = session.get_service_model(service)
            operations[service] = {xform_name(name, "-") for name in model.operation_names}
            try:
                waiters[service] = {xform_name(name, "-") for name in session.get_waiter_model(service).waiter_names}
            except Exception:  # a service without waiters
                waiters[service] = set()
        if operation == "wait":
            if words[3] not in waiters[service]:
                problems.append(f"no waiter {service} {words[3]}")
        elif operation not in operations[service]:
            problems.append(f"no operation {service} {operation}")
    for problem in sorted(set(problems)):
        print(problem)
    if seen == 0:
        print("no aws call in the listing")
    return 1 if problems or seen == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
