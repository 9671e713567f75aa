#!/usr/bin/env python3
"""sharec's benchmark: builds a release binary, then measures whole-process wall time (median of
repeated runs) and peak memory of sharec compile and validate, and, for context, of cfn-lint and
terraform validate on the same outputs. Writes the table to docs/performance.md.

Usage: python3 scripts/benchmark.py [--quick]    (from the repository root)
"""
import argparse
import datetime
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, ".build-release", "release", "sharec")
TARGETS = ["cfn", "terraform", "cli"]


def build():
    """A release build with the Swift runtime linked in: start-up is most of a small compile's cost."""
    subprocess.run(["swift", "build", "-c", "release", "--static-swift-stdlib", "--scratch-path", ".build-release"],
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def measure(command, runs, cwd=None, env=None):
    """(median wall seconds, peak resident KiB) over `runs` runs; fails on a non-zero exit."""
    walls, peaks = [], []
    for _ in range(runs):
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(process.pid, 0)
        walls.append(time.perf_counter() - start)
        peaks.append(usage.ru_maxrss)
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            sys.exit(f"benchmark: {' '.join(command)} exited {process.returncode}: {process.stderr.read().decode()[-500:]}")
    return statistics.median(walls), max(peaks)


def machine():
    model = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")), platform.processor())
    memory = next((int(line.split()[1]) // 1024 // 1024 for line in open("/proc/meminfo") if line.startswith("MemTotal")), 0)
    swift = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    return f"{model}, {os.cpu_count()} cores, {memory} GiB; {swift}; sharec {commit}"


def row(name, wall, peak, note=""):
    return f"| {name} | {wall * 1000:.1f} | {peak / 1024:.1f} | {note} |"


SUITE_HEADING = "## The test suite"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="fewer runs, for a first look")
    args = parser.parse_args()
    runs, big_runs = (5, 3) if args.quick else (30, 10)
    build()
    work = tempfile.mkdtemp(prefix="sharec-benchmark-")
    rows = ["| What | Median wall (ms) | Peak memory (MiB) | Note |", "|---|---|---|---|"]

    examples = sorted(f for f in os.listdir(os.path.join(ROOT, "specs/examples")) if f.endswith(".yaml"))
    for example in examples:
        for target in TARGETS:
            wall, peak = measure([BINARY, "compile", f"specs/examples/{example}", "--target", target], runs, cwd=ROOT)
            rows.append(row(f"compile {example} → {target}", wall, peak))

    # The consumer side of every consumer network of an example, one file each into a directory.
    for target in TARGETS:
        out = os.path.join(work, f"consumers-{target}")
        os.makedirs(out)
        wall, peak = measure([BINARY, "compile", "specs/examples/aurora-and-existing-mysql.yaml", "--side", "consumer",
                              "--target", target, "-o", out], runs, cwd=ROOT)
        rows.append(row(f"compile aurora-and-existing-mysql.yaml --side consumer → {target}", wall, peak, "3 consumer files"))

    generator = os.path.join(ROOT, "scripts", "generate-specs.py")
    # Two series: every consumer with a role (the most work per consumer), and none with a role.
    for roles, label in ((None, "each with a role"), (0, "no roles")):
        for target in TARGETS:
            previous = None
            for consumers in (1, 10, 100, 1000):
                spec = os.path.join(work, f"consumers-{consumers}-{roles}.yaml")
                extra = [] if roles is None else ["--roles", str(roles)]
                subprocess.run([sys.executable, generator, "--consumers", str(consumers), "--out", spec] + extra, check=True)
                name = f"compile {consumers} consumers, {label} → {target}"
                if subprocess.run([BINARY, "compile", spec, "--target", target], capture_output=True).returncode != 0:
                    rows.append(f"| {name} | – | – | past CloudFormation's template limits (template-limit) |")
                    previous = None
                    continue
                wall, peak = measure([BINARY, "compile", spec, "--target", target], big_runs)
                ratio = f"×{wall / previous:.2f} for ×10 consumers" if previous else ""
                rows.append(row(name, wall, peak, ratio))
                previous = wall
    # 20 databases is the spec language's bound.
    for target in TARGETS:
        for databases in (1, 10, 20):
            spec = os.path.join(work, f"databases-{databases}.yaml")
            subprocess.run([sys.executable, generator, "--databases", str(databases), "--out", spec], check=True)
            wall, peak = measure([BINARY, "compile", spec, "--target", target], big_runs)
            rows.append(row(f"compile {databases} databases → {target}", wall, peak))

    corpus = os.path.join(work, "corpus")
    subprocess.run([sys.executable, generator, "--corpus", "1000", "--out-dir", corpus], check=True)
    files = sorted(os.path.join(corpus, f) for f in os.listdir(corpus))
    wall, peak = measure([BINARY, "validate"] + files, big_runs)
    rows.append(row("validate 1000 files in one run", wall, peak))

    seed_cfn = os.path.join(work, "seed.template.json")
    subprocess.run([BINARY, "compile", "specs/examples/seed.yaml", "-o", seed_cfn], cwd=ROOT, check=True)
    if shutil.which("cfn-lint"):
        wall, peak = measure(["cfn-lint", seed_cfn], 3)
        rows.append(row("context: cfn-lint on the seed's template", wall, peak))
    terraform, mirror = shutil.which("terraform"), subprocess.run(
        ["bash", os.path.join(ROOT, "scripts", "find-terraform-mirror.sh")], capture_output=True, text=True).stdout.strip()
    if terraform and mirror:
        folder = os.path.join(work, "terraform")
        os.makedirs(folder)
        subprocess.run([BINARY, "compile", "specs/examples/seed.yaml", "--target", "terraform", "-o", folder], cwd=ROOT, check=True)
        config = os.path.join(work, "terraformrc")
        with open(config, "w") as f:
            f.write(f'provider_installation {{\n  filesystem_mirror {{\n    path = "{mirror}"\n  }}\n}}\n')
        env = dict(os.environ, TF_CLI_CONFIG_FILE=config, CHECKPOINT_DISABLE="1")
        subprocess.run([terraform, "init", "-backend=false", "-input=false"], cwd=folder, env=env, check=True, stdout=subprocess.DEVNULL)
        wall, peak = measure([terraform, "validate"], 3, cwd=folder, env=env)
        rows.append(row("context: terraform validate on the seed's configuration", wall, peak))
    shutil.rmtree(work)

    table = "\n".join(rows)
    print(table)
    today = datetime.date.today().isoformat()
    path = os.path.join(ROOT, "docs", "performance.md")
    # The test suite's timings below SUITE_HEADING are measured by hand (a full `swift test`), and kept.
    with open(path, encoding="utf-8") as f:
        kept = f.read().partition(SUITE_HEADING)
    suite = kept[1] + kept[2]
    with open(path, "w", encoding="utf-8") as f:
        f.write(f"""# Performance

Measured by `python3 scripts/benchmark.py` on {today}: a release build linked with
`--static-swift-stdlib`, whole-process wall time (the median of {runs} runs; {big_runs} for the large
specs and the corpus) and peak resident memory (the largest of those runs), on {machine()}.

{table}

Targets (issue 7): the seed-shaped spec in at most 10 ms and 30 MB; 1,000 consumers in at most
100 ms; 1,000 files validated in at most 1 s; time growing linearly (about ×10 per ×10 consumers
once start-up, about 5 ms, is small beside the work). See docs/decisions/0003-performance.md for
what was measured and changed.

{suite}""")


if __name__ == "__main__":
    main()
