#!/usr/bin/env bash
# Scores the extractor on the held-out sets in tools/heldout/ (articles and gold written here, in
# the annotation contract's format, by writers who never saw the development corpus) with the
# contract's scorer. Usage: tools/score-heldout.sh [SET...]   (default: every set)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
bin="$here/.build/release/sectrack"
scorer="${SCORER:-$here/../shared/eval/score.py}"
[ -x "$bin" ] || { echo "score-heldout: build first (make build)" >&2; exit 1; }
[ -f "$scorer" ] || { echo "score-heldout: no scorer at $scorer (set SCORER)" >&2; exit 1; }
sets=("$@")
[ ${#sets[@]} -gt 0 ] || sets=($(cd "$here/tools/heldout" && ls -d */ | tr -d /))
for set in "${sets[@]}"; do
    dir="$here/tools/heldout/$set"
    out="$(mktemp)"
    "$bin" extract --format ndjson "$dir"/*.txt "$dir"/*.html >"$out"
    printf '%s: ' "$set"
    python3 "$scorer" --gold "$dir" --pred "$out" | grep -E 'slot F1|^meetings|published' | tr -s ' ' | paste -sd ' ' -
    rm -f "$out"
done
