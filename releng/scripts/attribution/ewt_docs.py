#!/usr/bin/env python3
"""Rebuilds the plain text of UD English EWT documents from a .conllu file, for reading the claim
rules' output on English text nobody annotated (docs/extraction.md, round 10).

One file per document, named after its `# newdoc id`; a paragraph per `# newpar`, the sentences of a
paragraph (`# text = `) joined by spaces, paragraphs separated by a blank line. EWT is CC BY-SA 4.0:
texts read this way stay outside the repository, except those of the annotated set, which keeps the
licence's notice beside them. The tagger and parser were trained on EWT train: their trees there are
better than on unseen text.

    ewt_docs.py OUT_DIR FILE.conllu... [--genres weblog,newsgroup,email,answers]
"""
import argparse
import os
import re


def documents(path):
    """Yields (doc id, [paragraph text]) in file order."""
    doc, paras = None, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("# newdoc id = "):
                if doc is not None:
                    yield doc, paras
                doc, paras = line[len("# newdoc id = "):].strip(), []
            elif line.startswith("# newpar"):
                paras.append([])
            elif line.startswith("# text = "):
                if not paras:  # a sentence before any newpar starts a paragraph
                    paras.append([])
                paras[-1].append(line[len("# text = "):].strip())
    if doc is not None:
        yield doc, paras


def text(paras):
    """A document's plain text: the sentences of a paragraph joined by spaces, paragraphs by a blank line."""
    return "\n\n".join(" ".join(p) for p in paras if p) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("conllu", nargs="+")
    ap.add_argument("--genres", default="weblog,newsgroup,email,answers")
    a = ap.parse_args()
    genres = set(a.genres.split(","))
    os.makedirs(a.out, exist_ok=True)
    n = 0
    for path in a.conllu:
        for doc, paras in documents(path):
            if doc.split("-", 1)[0] not in genres:
                continue
            name = re.sub(r"[^A-Za-z0-9_.-]", "_", doc) + ".txt"
            with open(os.path.join(a.out, name), "w", encoding="utf-8") as out:
                out.write(text(paras))
            n += 1
    print(f"{n} documents written to {a.out}")


if __name__ == "__main__":
    main()
