#!/usr/bin/env bash
# Makes the benchmark corpus of releng/scripts/bench-analyze.sh and bench-memory.sh: DOCS files in
# OUT (a new folder), from SHARED (../shared: the sample article, attribution-dev, re3d, article-extraction).
#   releng/scripts/make-bench-corpus.sh SHARED OUT DOCS
set -euo pipefail
[ $# -eq 3 ] || { sed -n '2,4p' "$0" >&2; exit 2; }
# The corpus: the pool of real documents in a fixed order, cycled until DOCS files exist. The first
# round copies them; later rounds repeat the pages and mix each text with a paragraph of another, so
# that no two text files are the same. Same DOCS, same files, byte for byte.
python3 - "$@" <<'EOF'
import glob, json, os, shutil, sys
shared, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
os.makedirs(out)
texts = [open(os.path.join(shared, "samples/pentagon-north-korea-deterrence.txt"), encoding="utf-8").read()]
for f in sorted(glob.glob(os.path.join(shared, "data/attribution-dev/*.txt"))):
    texts.append(open(f, encoding="utf-8").read())
for f in sorted(glob.glob(os.path.join(shared, "data/re3d/*/documents.json"))):
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
