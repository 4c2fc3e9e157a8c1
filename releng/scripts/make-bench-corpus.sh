#!/usr/bin/env bash
# Makes the benchmark corpus of releng/scripts/bench-analyze.sh and bench-memory.sh: DOCS files in
# OUT (a new folder), from the repository's test data (the sample article; attribution-dev and re3d in
# bundles/org.sightline.testing/data) and the article-extraction news pages of SHARED (evaluation
# data kept outside the repository, their publishers' content: ../shared by default).
#   releng/scripts/make-bench-corpus.sh SHARED OUT DOCS
set -euo pipefail
[ $# -eq 3 ] || { sed -n '2,5p' "$0" >&2; exit 2; }
ROOT=$(cd "$(dirname "$0")/../.." && pwd -P)
# The corpus: the pool of real documents in a fixed order, cycled until DOCS files exist. The first
# round copies them; later rounds repeat the pages and mix each text with a paragraph of another, so
# that no two text files are the same. Same DOCS, same files, byte for byte.
python3 - "$@" "$ROOT/bundles/org.sightline.testing/data" "$ROOT/bundles/org.sightline.core/samples" <<'EOF'
import glob, json, os, shutil, sys
shared, out, n, data, samples = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5]
os.makedirs(out)
texts = [open(os.path.join(samples, "pentagon-north-korea-deterrence.txt"), encoding="utf-8").read()]
for f in sorted(glob.glob(os.path.join(data, "attribution-dev/*.txt"))):
    texts.append(open(f, encoding="utf-8").read())
for f in sorted(glob.glob(os.path.join(data, "re3d/*/documents.json"))):
    for line in open(f, encoding="utf-8"):
        if line.strip():
            d = json.loads(line)
            texts.append(d["title"] + "\n\n" + d["text"] + "\n")
pages = sorted(glob.glob(os.path.join(shared, "data/article-extraction/html/*.html.gz")))
pool = [("t", i) for i in range(len(texts))] + [("p", i) for i in range(len(pages))]
size = len(pool)
pool.sort(key=lambda k: ((k[1] * 7919 + (0 if k[0] == "t" else 1)) % size, k))  # interleave texts and pages
for k in range(n):
    kind, i = pool[k % len(pool)]
    copy = k // len(pool)
    if kind == "p":
        shutil.copyfile(pages[i], os.path.join(out, "%04d-page.html.gz" % k))
    else:
        text = texts[i]
        if copy > 0:
            other = texts[(i + copy * 11) % len(texts)].strip().split("\n\n")
            text = text.rstrip("\n") + "\n\n" + other[min(1, len(other) - 1)].strip() + "\n"
        with open(os.path.join(out, "%04d-text.txt" % k), "w", encoding="utf-8") as f:
            f.write(text)
EOF
