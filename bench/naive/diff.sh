#!/usr/bin/env bash
# The naive diff a team would otherwise script: export both refs, `helm template` the app-of-apps chart of every
# cluster at each ref sequentially, then `diff -u` per cluster. With "deep", also every chart under charts/ that
# `git diff --name-only` names (the script is told what changed), for every cluster, with values.yaml and
# values.<cluster>.yaml. Prints how many cluster renders differ. Usage: diff.sh HELM REPO BASE HEAD [deep]
set -euo pipefail
helm=$1
repo=$2
base=$3
head=$4
deep=${5:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
charts=()
if [ "$deep" = deep ]; then
  while IFS= read -r chart; do
    [ "$chart" = app-of-apps ] || charts+=("$chart")
  done < <(git -C "$repo" diff --name-only "$base" "$head" -- charts/ | cut -d/ -f2 | sort -u)
fi
for side in base head; do
  ref=$base
  [ "$side" = head ] && ref=$head
  mkdir "$work/$side"
  git -C "$repo" archive "$ref" | tar -x -C "$work/$side"
  for bootstrap in "$work/$side"/argocd-bootstrap-apps/*.yaml; do
    cluster=$(basename "$bootstrap" .yaml)
    out="$work/$side-$cluster.yaml"
    "$helm" template "$cluster-apps" "$work/$side/charts/app-of-apps" --namespace argocd \
      --values "$work/$side/charts/app-of-apps/values.$cluster.yaml" >"$out"
    for chart in "${charts[@]}"; do
      "$helm" template "$chart" "$work/$side/charts/$chart" --namespace "$chart" \
        --values "$work/$side/charts/$chart/values.yaml" \
        --values "$work/$side/charts/$chart/values.$cluster.yaml" >>"$out"
    done
  done
done
changed=0
for bootstrap in "$work"/head/argocd-bootstrap-apps/*.yaml; do
  cluster=$(basename "$bootstrap" .yaml)
  status=0
  diff -u "$work/base-$cluster.yaml" "$work/head-$cluster.yaml" >"$work/$cluster.diff" || status=$?
  [ "$status" -le 1 ] || exit "$status"
  [ "$status" -eq 0 ] || changed=$((changed + 1))
done
echo "$changed"
