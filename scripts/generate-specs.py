#!/usr/bin/env python3
"""Writes synthetic sharing specs for benchmarks: one spec with N consumers and M databases, or a
corpus of many small valid specs (every one different, so nothing can be cached between them).

  generate-specs.py --consumers 1000 [--roles 150] [--databases 1] --out spec.yaml
  generate-specs.py --corpus 1000 --out-dir specs/
"""
import argparse
import os


def spec(name, consumers, databases, roles=None, owner=111122223333):
    """A valid spec in the seed's shape; the first `roles` consumers (all, by default) get a role and an external id."""
    lines = [
        "version: 1",
        f"name: {name}",
        f'owner: {{ account: "{owner:012d}", region: us-east-1 }}',
        "tags: { Project: benchmark, Environment: test }",
        "network:",
        "  vpc: { cidr: 10.0.0.0/16, availabilityZones: 2 }",
        "  subnets: { public: 24, database: 24, gateway: 28 }",
        "  natGateways: perZone",
        "databases:",
    ]
    for d in range(databases):
        lines += [
            f"  - name: {name}-db{d}",
            "    engine: mysql",
            '    engineVersion: "8.0.42"',
            "    instanceClass: db.t3.micro",
            "    storage: { sizeGiB: 20, type: gp3 }",
        ]
    lines += ["sharing:", "  consumers:"]
    for c in range(consumers):
        lines.append(f'    - account: "{200000000000 + c:012d}"')
        if roles is None or c < roles:
            # Unique and long enough to pass the external-id warnings, as a generated value would be.
            lines.append(f"      role: {{ externalId: consumer-{c:06d}-{c * 2654435761 % 2**32:08x} }}")
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--consumers", type=int, default=1)
    parser.add_argument("--databases", type=int, default=1)
    parser.add_argument("--roles", type=int, help="how many consumers get a role (default: all)")
    parser.add_argument("--out")
    parser.add_argument("--corpus", type=int)
    parser.add_argument("--out-dir")
    args = parser.parse_args()
    if args.corpus:
        os.makedirs(args.out_dir, exist_ok=True)
        for i in range(args.corpus):
            with open(os.path.join(args.out_dir, f"spec-{i:04d}.yaml"), "w", encoding="utf-8") as f:
                f.write(spec(f"corpus-{i:04d}", 1 + i % 5, 1, owner=111122223333 + i))
    else:
        with open(args.out, "w", encoding="utf-8") as f:
            f.write(spec(f"scale-c{args.consumers}-d{args.databases}", args.consumers, args.databases, args.roles))


if __name__ == "__main__":
    main()
