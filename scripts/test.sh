#!/usr/bin/env bash
# The whole test suite, as CI runs it: builds, then runs the tests in three processes side by side.
#
# Swift Testing runs a process's tests on as many threads as there are cores, and a test that waits
# on a tool holds its thread: on two cores the Terraform runs (which mostly wait on the provider's
# fixed delays) and the fault injection (one long serial test) used to start only when others had
# finished, and the suite took 13 to 17 minutes. Run in processes of their own from the start, their
# waits overlap the CPU-bound tests. The script's convergence chain, one serial test of a minute, is
# likewise started at once: scheduled last in the main process, it ran alone at the end with a core
# idle. docs/performance.md has the figures.
#
# Each line of the two side processes is prefixed with its name, so a log shows all three moving.
# Extra arguments go to every `swift test` (for instance --verbose).
set -uo pipefail
cd "$(dirname "$0")/.."

swift build --build-tests || exit $?
# The side processes run the test bundle themselves: a second `swift test` would wait for the first's lock on .build.
bundle="$(swift build --show-bin-path)/sharecPackageTests.xctest"

run_prefixed() {
    local name="$1"; shift
    "$bundle" --testing-library swift-testing "$@" 2>&1 | sed -u "s/^/[$name] /"
    return "${PIPESTATUS[0]}"
}

started=$SECONDS
run_prefixed terraform --filter 'TerraformApplyTests' "$@" &
terraform=$!
run_prefixed faults --filter 'FaultInjectionTests' "$@" &
faults=$!
run_prefixed convergence --filter 'ScriptConvergenceTests' "$@" &
convergence=$!
swift test --skip-build --skip 'TerraformApplyTests|FaultInjectionTests|ScriptConvergenceTests' "$@"
status=$?
wait "$terraform" || status=$?
wait "$faults" || status=$?
wait "$convergence" || status=$?
echo "test.sh: all tests finished in $((SECONDS - started)) s with status $status" >&2
exit "$status"
