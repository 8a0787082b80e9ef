#!/usr/bin/env bash
# The naive validate a team would otherwise script: `helm template` of the app-of-apps chart for every cluster
# (one per bootstrap Application), sequentially. Usage: validate.sh HELM REPO
set -euo pipefail
helm=$1
repo=$2
for bootstrap in "$repo"/argocd-bootstrap-apps/*.yaml; do
  cluster=$(basename "$bootstrap" .yaml)
  "$helm" template "$cluster-apps" "$repo/charts/app-of-apps" --namespace argocd \
    --values "$repo/charts/app-of-apps/values.$cluster.yaml" >/dev/null
done
