#!/usr/bin/env bash
# Side by side: the same sub-task (normalise, tokenise, find number expressions) over the shared corpus with
# CAMeL Tools + pyarabic and with `rasid bench --stage text`, on this machine in one run; then how many gold claim
# values each finds on the dev set. Usage: benchmarks/side_by_side.sh [CORPUS.jsonl] [GOLD.jsonl]
# Creates benchmarks/.venv (git-ignored) from PyPI on first run and builds rasid in release.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
corpus="${1:-$root/../shared/corpus/arabic_news.jsonl}"
gold="${2:-$root/../shared/eval/dev.jsonl}"
repeat="${REPEAT:-3}"
export PATH="/opt/swift/usr/bin:$PATH"

for f in "$corpus" "$gold"; do
    [ -f "$f" ] || { echo "side_by_side: no file $f" >&2; exit 1; }
done

venv="$here/.venv"
if ! "$venv/bin/python" -c "import camel_tools.tokenizers.word, pyarabic.number" 2>/dev/null; then
    echo "side_by_side: setting up $venv" >&2
    [ -x "$venv/bin/python" ] || python3 -m venv "$venv"
    # camel-tools declares torch and transformers, but its normaliser, dediacritiser and word tokenizer need only
    # six, emoji and regex: install it without dependencies to keep the environment small.
    "$venv/bin/pip" install --quiet --disable-pip-version-check --no-deps camel-tools
    "$venv/bin/pip" install --quiet --disable-pip-version-check six emoji regex pyarabic
fi

echo "side_by_side: building rasid (release)" >&2
(cd "$root" && swift build -c release --product rasid >&2)
rasid="$root/.build/release/rasid"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

echo "side_by_side: Python (one process, one core), best of $repeat" >&2
"$venv/bin/python" "$here/python_numbers.py" --corpus "$corpus" --repeat "$repeat" > "$tmp/python.json"
echo "side_by_side: rasid bench --stage text, best of $repeat" >&2
"$rasid" bench --corpus "$corpus" --stage text --repeat "$repeat" --json > "$tmp/rasid.json"

"$venv/bin/python" "$here/python_numbers.py" --numbers "$gold" > "$tmp/python_numbers.jsonl"
"$rasid" bench --corpus "$gold" --dump-numbers "$tmp/rasid_numbers.jsonl"
"$venv/bin/python" "$here/python_numbers.py" --recall "$gold" --rasid "$tmp/rasid_numbers.jsonl" \
    --python "$tmp/python_numbers.jsonl" > "$tmp/recall.json"

"$venv/bin/python" - "$tmp/python.json" "$tmp/rasid.json" "$tmp/recall.json" <<'PY'
import json, sys
py, ra, rc = (json.load(open(p)) for p in sys.argv[1:4])
st = ra["stages"][0]
print(f"side by side: normalise + tokenise + number expressions over {ra['documents']} documents, "
      f"{ra['bytes'] / 1e6:.2f} MB of text ({ra['build']} build, {ra['cores']} cores)")
print(f"{'tool':34s} {'MB/s':>8s} {'docs/s':>9s} {'MB/cpu-s':>9s} {'numbers':>8s}")
print(f"{'CAMeL Tools + pyarabic (1 core)':34s} {py['mb_per_s']:8.2f} {py['docs_per_s']:9.0f} {py['mb_per_cpu_s']:9.2f} {py['found']:8d}")
print(f"{'rasid text stage (1 core)':34s} {st['one_core_mb_per_s']:8.2f} {st['one_core_docs_per_s']:9.0f} "
      f"{st['one_core_mb_per_cpu_s']:9.2f} {st['found']:8d}")
print(f"{'rasid text stage (%d threads)' % st['threads']:34s} {st['parallel_mb_per_s']:8.2f} {st['parallel_docs_per_s']:9.0f} "
      f"{'':9s} {st['found']:8d}")
print(f"ratio rasid / python, one core each: {st['one_core_mb_per_s'] / py['mb_per_s']:.1f}x wall clock, "
      f"{st['one_core_mb_per_cpu_s'] / py['mb_per_cpu_s']:.1f}x per CPU second")
print(f"gold claim values found on the gold articles ({rc['claims']} claims): "
      f"rasid {rc['rasid']['found']} ({rc['rasid']['recall']}), python {rc['python']['found']} ({rc['python']['recall']})")
PY
