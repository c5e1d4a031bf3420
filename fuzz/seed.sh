#!/bin/sh
# Fills the seed corpora fuzz/corpus/{parse,generate}/ (git-ignored) at run time:
#  - this repository's own fixture specs (codegen/tests/fixtures, tests/golden/fixtures);
#  - when AZURE_REST_API_SPECS points at a checkout of Azure/azure-rest-api-specs, the real
#    first target (expressRouteCircuit.json) and the file it refers to (network.json), plus a
#    self-contained merge of the two (the `generate` target reads a single file, so cross-file
#    `$ref`s would only exercise the error path). Third-party files are never committed here.
# The `structured` target needs no seeds: its inputs are not JSON.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
for target in parse generate; do
    dir="$here/corpus/$target"
    mkdir -p "$dir"
    for root in codegen/tests/fixtures tests/golden/fixtures; do
        find "$repo/$root" -name '*.json' | while read -r f; do
            rel=${f#"$repo"/}
            cp "$f" "$dir/own-$(echo "$rel" | tr '/' '_')"
        done
    done
done
if [ -n "${AZURE_REST_API_SPECS:-}" ]; then
    net="$AZURE_REST_API_SPECS/specification/network/resource-manager/Microsoft.Network/stable/2021-08-01"
    for target in parse generate; do
        cp "$net/expressRouteCircuit.json" "$here/corpus/$target/azure-expressRouteCircuit.json"
        cp "$net/network.json" "$here/corpus/$target/azure-network.json"
    done
    if command -v python3 >/dev/null 2>&1; then
        python3 - "$net" "$here/corpus/generate/azure-expressRouteCircuit-merged.json" <<'PY'
import json, sys
net, out = sys.argv[1], sys.argv[2]
main = json.load(open(f"{net}/expressRouteCircuit.json"))
common = json.load(open(f"{net}/network.json"))
for section in ("definitions", "parameters", "responses"):
    merged = dict(common.get(section, {}))
    merged.update(main.get(section, {}))
    if merged:
        main[section] = merged
text = json.dumps(main, indent=1).replace('"./network.json#', '"#')
open(out, "w").write(text)
PY
    fi
else
    echo "AZURE_REST_API_SPECS is not set: seeding with this repository's fixtures only" >&2
fi
echo "seeded: $(ls "$here/corpus/parse" | wc -l) parse, $(ls "$here/corpus/generate" | wc -l) generate"
