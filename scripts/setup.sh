#!/usr/bin/env bash
# Installs what sharec's tests need beside the Swift toolchain: the CloudFormation linter and
# botocore at the versions Sources/SharecCore/Facts/AWSFacts+Generated.swift was generated from.
set -euo pipefail

cfn_lint_version=1.51.0
botocore_version=1.43.11

installed() {
    python3 -c "import importlib.metadata as m, sys; sys.exit(m.version('$1') != '$2')" 2>/dev/null
}

if ! command -v python3 >/dev/null; then
    echo "setup: python3 is required (apt-get install python3 python3-pip)" >&2
    exit 1
fi
if installed cfn-lint "$cfn_lint_version" && installed botocore "$botocore_version" && command -v cfn-lint >/dev/null; then
    echo "setup: cfn-lint $cfn_lint_version and botocore $botocore_version are installed"
else
    python3 -m pip install --quiet "cfn-lint==$cfn_lint_version" "botocore==$botocore_version"
fi
# Terraform and its AWS provider come with this project's machine kind; no registry it reaches has them.
if ! command -v terraform >/dev/null || ! "$(dirname "$0")/find-terraform-mirror.sh" >/dev/null; then
    echo "setup: warning: terraform or a filesystem mirror of hashicorp/aws is missing; the Terraform tests need both" >&2
fi
