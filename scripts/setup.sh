#!/usr/bin/env bash
# Installs what sharec's tests need beside the Swift toolchain: the CloudFormation linter and
# botocore at the versions Sources/SharecCore/Facts/AWSFacts+Generated.swift was generated from,
# the AWS CLI and moto (the generated scripts run against a local endpoint), shellcheck, and
# jsonschema, regex and PyYAML (the JSON Schema is checked as an editor would, SARIF against its
# schema), pre-commit (the hook manifest is tried out), Graphviz (diagrams are drawn), and checkov
# (every output's findings are explained in docs/checkov.md).
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
# checkov in a virtual environment of its own: its dependencies move, and must not shift the pinned
# cfn-lint and botocore. The tests find it there.
checkov_version=3.3.30
checkov_env="$(cd "$(dirname "$0")/.." && pwd)/.venv-checkov"
if [[ "$("$checkov_env/bin/checkov" --version 2>/dev/null)" == "$checkov_version" ]]; then
    echo "setup: checkov $checkov_version is installed in .venv-checkov"
else
    python3 -m venv "$checkov_env"
    "$checkov_env/bin/python" -m pip install --quiet "checkov==$checkov_version"
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
# PostgreSQL runs the users' SQL; Debian keeps initdb and pg_ctl off PATH, this machine kind links them in.
ensure_command psql postgresql
if ! command -v initdb >/dev/null || ! command -v pg_ctl >/dev/null; then
    echo "setup: warning: initdb or pg_ctl is not on PATH; set INITDB and PG_CTL (e.g. /usr/lib/postgresql/*/bin/initdb) for PostgreSQLUsersTests" >&2
fi
# Terraform and its AWS provider come with this project's machine kind; no registry it reaches has them.
if ! command -v terraform >/dev/null || ! "$(dirname "$0")/find-terraform-mirror.sh" >/dev/null; then
    echo "setup: warning: terraform or a filesystem mirror of hashicorp/aws is missing; the Terraform tests need both" >&2
fi
