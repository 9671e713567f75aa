#!/usr/bin/env bash
# Prints the filesystem mirror directory that holds the hashicorp/aws Terraform provider
# (the folder containing registry.terraform.io/), or exits 1 when there is none.
# SHAREC_TERRAFORM_MIRROR, when set, is taken as it is.
set -euo pipefail

if [[ -n "${SHAREC_TERRAFORM_MIRROR:-}" ]]; then
    echo "$SHAREC_TERRAFORM_MIRROR"
    exit 0
fi
provider="registry.terraform.io/hashicorp/aws"
# Terraform's own implied mirror folders first, then a bounded search of the usual install roots.
for base in "${HOME:-/root}/.terraform.d/plugins" "${HOME:-/root}/.local/share/terraform/plugins" \
            /usr/local/share/terraform/plugins /usr/share/terraform/plugins; do
    if [[ -d "$base/$provider" ]]; then
        echo "$base"
        exit 0
    fi
done
found=$(find /opt /usr/local /usr/share /srv "${HOME:-/root}" -maxdepth 5 -type d -path "*/$provider" 2>/dev/null | sort | head -n 1)
if [[ -z "$found" ]]; then
    echo "find-terraform-mirror: no folder holds $provider; set SHAREC_TERRAFORM_MIRROR" >&2
    exit 1
fi
echo "${found%/"$provider"}"
