#!/usr/bin/env bash
# Installs what sharec's tests need beside the Swift toolchain: the CloudFormation linter and
# botocore at the versions Sources/SharecCore/Facts/AWSFacts+Generated.swift was generated from,
# the AWS CLI and moto (the generated scripts run against a local endpoint), shellcheck, and
# jsonschema, regex and PyYAML (the JSON Schema is checked as an editor would, SARIF against its
# schema), pre-commit (the hook manifest is tried out), and Graphviz (diagrams are drawn).
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
awscli_version=1.45.11
moto_version=5.2.1
pre_commit_version=4.7.0
if installed cfn-lint "$cfn_lint_version" && installed botocore "$botocore_version" && installed awscli "$awscli_version" \
    && installed moto "$moto_version" && installed pre-commit "$pre_commit_version" \
    && python3 -c "import jsonschema, regex, yaml" 2>/dev/null \
    && command -v cfn-lint >/dev/null && command -v aws >/dev/null && command -v pre-commit >/dev/null; then
    echo "setup: cfn-lint $cfn_lint_version, botocore $botocore_version, awscli $awscli_version, moto $moto_version and pre-commit $pre_commit_version are installed"
else
    python3 -m pip install --quiet "cfn-lint==$cfn_lint_version" "botocore==$botocore_version" \
        "awscli==$awscli_version" "moto[server]==$moto_version" "pre-commit==$pre_commit_version" jsonschema regex PyYAML
fi
# Installs Debian package $2 when command $1 is missing (as root; otherwise says what to run).
ensure_command() {
    command -v "$1" >/dev/null && return 0
    if [[ $(id -u) == 0 ]]; then
        apt-get update -qq && apt-get install -y -qq "$2" >/dev/null
    else
        echo "setup: $1 is missing: sudo apt-get install $2" >&2
        exit 1
    fi
}
ensure_command shellcheck shellcheck
ensure_command dot graphviz
# Terraform and its AWS provider come with this project's machine kind; no registry it reaches has them.
if ! command -v terraform >/dev/null || ! "$(dirname "$0")/find-terraform-mirror.sh" >/dev/null; then
    echo "setup: warning: terraform or a filesystem mirror of hashicorp/aws is missing; the Terraform tests need both" >&2
fi
