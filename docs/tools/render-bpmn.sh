#!/usr/bin/env bash
# Renders every BPMN file in processes/ to docs/images/<name>.png with bpmn-js (from npm) in
# headless Chromium, as Camunda Modeler would draw it. Needs npm and /usr/bin/chromium.
# Usage: bash docs/tools/render-bpmn.sh [processes/x.bpmn ...]   (default: every file)
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent bpmn-js@17 >/dev/null && tar xzf bpmn-js-*.tgz)
files=("$@")
[ ${#files[@]} -gt 0 ] || files=(processes/*.bpmn)
for bpmn in "${files[@]}"; do
  name=$(basename "$bpmn" .bpmn)
  # window as large as the diagram (at most 2400 px wide), so large processes stay legible
  size=$(python3 -c 'import re,sys; t=open(sys.argv[1],encoding="utf-8").read(); xs=[float(a)+float(c) for a,c in re.findall(r"<dc:Bounds x=\"([-\d.]+)\" y=\"[-\d.]+\" width=\"([\d.]+)\"",t)]; ys=[float(b)+float(d) for b,d in re.findall(r"y=\"([-\d.]+)\" width=\"[\d.]+\" height=\"([\d.]+)\"",t)]; w=max(xs)+80; h=max(ys)+80; k=min(1.0,2400/w); print("%d,%d" % (max(1100,w*k), max(560,h*k)))' "$bpmn")
  xml=$(python3 -c 'import json,sys; print(json.dumps(open(sys.argv[1],encoding="utf-8").read()))' "$bpmn")
  cat > "$work/$name.html" <<HTML
<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="package/dist/assets/bpmn-js.css">
<style>html,body,#c{margin:0;width:100%;height:100%;background:#fff}</style>
<script src="package/dist/bpmn-viewer.production.min.js"></script></head>
<body><div id="c"></div><script>
const viewer = new BpmnJS({ container: '#c' });
viewer.importXML($xml).then(() => viewer.get('canvas').zoom('fit-viewport', 'auto'));
</script></body></html>
HTML
  /usr/bin/chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars --allow-file-access-from-files \
    --window-size="$size" --virtual-time-budget=4000 --screenshot="docs/images/$name.png" "file://$work/$name.html" 2>/dev/null
  echo "docs/images/$name.png"
done
