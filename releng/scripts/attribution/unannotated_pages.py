#!/usr/bin/env python3
"""Writes the gold article bodies of the article-extraction benchmark that no attribution set holds, one plain-text
file each, for reading the claim rules' output on news nobody annotated (docs/extraction.md, rounds 8 and 10). Since
session 18 these 52 pages are annotated too, as the development set attribution-pages (its README).

Pages whose id is in the attribution-news set's documents.tsv (dev and blind alike) are left out, so no blind page is
ever written; so are bodies under 200 characters. Files are named after the first 16 characters of the page id. The
bodies stay outside the repository (shared/data/article-extraction; MIT for the collection).

    unannotated_pages.py OUT_DIR [--shared ../shared]
"""
import argparse
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
DOCUMENTS = os.path.join(ROOT, "bundles", "org.sightline.extract.claims.tests", "data", "attribution-news", "documents.tsv")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    args = ap.parse_args()
    with open(DOCUMENTS, encoding="utf-8") as f:
        annotated = {line.split("\t", 1)[0] for line in f}
    with open(os.path.join(args.shared, "data", "article-extraction", "ground-truth.json"), encoding="utf-8") as f:
        pages = json.load(f)
    os.makedirs(args.out, exist_ok=True)
    written = 0
    for page_id, page in pages.items():
        body = page.get("articleBody") or ""
        if page_id in annotated or len(body) < 200:
            continue
        with open(os.path.join(args.out, page_id[:16] + ".txt"), "w", encoding="utf-8") as f:
            f.write(body)
        written += 1
    print(f"{written} pages written to {args.out}")


if __name__ == "__main__":
    main()
