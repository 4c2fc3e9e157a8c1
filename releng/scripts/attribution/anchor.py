#!/usr/bin/env python3
"""Turns attribution annotations written as text into character offsets (docs/attribution-guidelines.md).

Annotators write one working file per document, WORK/<id>.ann, with one block per attribution:

    C: Trump [said] the deal        the cue in brackets, with enough words around it to be unique
    S: Mr. Trump                    the source, or "-" for none
    T: that the deal was dead       a content piece; repeat T: lines for a discontinuous content
    N: free note (ignored)

Blocks are separated by blank lines; lines starting with '#' are comments. In S: and T: lines,
brackets may also mark the span inside some context ("S: the [minister] of defence"); write a literal
bracket as \\[ or \\] ("T: \u201cit \\[Google\\] will\u201d"). Matching is
forgiving about whitespace, quote marks, apostrophes and dashes; each source and content piece is
taken at the occurrence nearest to the cue. Working files of news pages contain the publishers' text
and stay out of the repository; what goes in is offsets only (see the guidelines, section 9). Documents are news
pages of the article-extraction data, re3d releases, UD English EWT documents, or documents of other UD treebanks in
one .conllu file each in the folder --conllu names (GUM's Wikinews articles), all by their newdoc id; the text of a UD
document is rebuilt by ewt_docs.py and written beside the JSON with the set.

    anchor.py check ID...             resolve the named documents, print each attribution with its spans
    anchor.py build                   resolve every .ann file and write the annotated set into the repository
Options: --work DIR (default /work/shared/attribution-work; the blind part's working files are kept elsewhere), --shared DIR (default /work/shared),
         --conllu DIR (.conllu files of further UD documents, e.g. GUM_news_*.conllu),
         --docs TSV (id, kind, publisher, words, split, ...), --out DIR (the set's folder in the repository).
"""
import argparse
import hashlib
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ewt_docs  # noqa: E402  (beside this script: one reading of EWT documents for both)

QUOTES = "\"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033"
APOS = "'\u2018\u2019\u201a\u201b\u2032`"
DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015"
SEP = " \u2026 "


def fragment_regex(fragment):
    """A regex for a fragment copied by hand: any whitespace run, any quote, apostrophe or dash variant."""
    out = []
    i = 0
    while i < len(fragment):
        ch = fragment[i]
        if ch.isspace():
            while i < len(fragment) and fragment[i].isspace():
                i += 1
            out.append(r"\s+")
            continue
        if fragment.startswith("''", i):
            out.append("(?:''|[" + re.escape(QUOTES) + "])")
            i += 2
            continue
        if fragment.startswith("...", i):
            out.append("(?:\\.\\.\\.|\u2026)")
            i += 3
            continue
        if ch in QUOTES:
            out.append("(?:''|[" + re.escape(QUOTES) + "])")
        elif ch in APOS:
            out.append("[" + re.escape(APOS) + "]")
        elif ch in DASHES:
            out.append("[" + re.escape(DASHES) + "]+")
        elif ch == "\u2026":
            out.append("(?:\\.\\.\\.|\u2026)")
        else:
            out.append(re.escape(ch))
        i += 1
    return "".join(out)


ESCAPED = {"\\[": "\ue000", "\\]": "\ue001"}  # \[ and \] stand for literal brackets ("[Google]" in a quote)


def unescape(fragment):
    return fragment.replace("\ue000", "[").replace("\ue001", "]")


def bracketed(value):
    """Splits 'left [span] right' into its three parts; no brackets means the whole value is the span."""
    for escape, placeholder in ESCAPED.items():
        value = value.replace(escape, placeholder)
    m = re.fullmatch(r"(.*?)\[(.+?)\](.*)", value, re.S)
    if not m:
        return "", unescape(value), ""
    return unescape(m.group(1)), unescape(m.group(2)), unescape(m.group(3))


def find_all(text, value):
    """Every (begin, end) where value (with optional bracketed span inside context) occurs in text."""
    left, span, right = bracketed(value)
    pattern = ""
    if left.strip():
        pattern += fragment_regex(left.rstrip()) + (r"\s*" if left != left.rstrip() else "")
    pattern += "(" + fragment_regex(span.strip()) + ")"
    if right.strip():
        pattern += (r"\s*" if right != right.lstrip() else "") + fragment_regex(right.lstrip())
    return [(m.start(1), m.end(1)) for m in re.finditer(pattern, text)]


def nearest(spans, anchor):
    def distance(s):
        if s[1] <= anchor[0]:
            return anchor[0] - s[1]
        if s[0] >= anchor[1]:
            return s[0] - anchor[1]
        return 0
    return min(spans, key=distance)


def trim(text, span):
    b, e = span
    while b < e and text[b].isspace():
        b += 1
    while e > b and text[e - 1].isspace():
        e -= 1
    return (b, e)


def parse_blocks(path):
    blocks, current, line_no = [], None, 0
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line_no += 1
            line = raw.rstrip("\n")
            if line.startswith("#"):
                continue
            if not line.strip():
                if current:
                    blocks.append(current)
                current = None
                continue
            m = re.match(r"^([CSTN]):\s?(.*)$", line)
            if not m:
                raise ValueError(f"{path}:{line_no}: a line is 'C: ...', 'S: ...', 'T: ...' or 'N: ...', not {line!r}")
            if current is None:
                current = {"line": line_no, "C": None, "S": None, "T": [], "N": []}
            key, value = m.group(1), m.group(2)
            if key == "T":
                current["T"].append(value)
            elif key == "N":
                current["N"].append(value)
            else:
                if current[key] is not None:
                    raise ValueError(f"{path}:{line_no}: a second {key}: line in one block (blank line between blocks)")
                current[key] = value
    if current:
        blocks.append(current)
    return blocks


def resolve(text, block, where):
    if not block["C"]:
        raise ValueError(f"{where}: no C: line")
    cues = find_all(text, block["C"])
    if len(cues) != 1:
        raise ValueError(f"{where}: the cue context {block['C']!r} occurs {len(cues)} times; "
                         + ("copy it exactly" if not cues else "add words around it"))
    cue = trim(text, cues[0])
    source = None
    if block["S"] is not None and block["S"].strip() not in ("-", ""):
        found = find_all(text, block["S"])
        if not found:
            raise ValueError(f"{where}: source {block['S']!r} not found")
        source = trim(text, nearest(found, cue))
    if not block["T"]:
        raise ValueError(f"{where}: no T: line (content)")
    content = []
    for piece in block["T"]:
        found = find_all(text, piece)
        if not found:
            raise ValueError(f"{where}: content piece {piece!r} not found")
        content.append(trim(text, nearest(found, cue)))
    content.sort()
    roles = [("cue", cue)] + ([("source", source)] if source else []) + [("content", c) for c in content]
    for i, (name_a, a) in enumerate(roles):
        if a[0] >= a[1]:
            raise ValueError(f"{where}: empty {name_a} span")
        for name_b, b in roles[i + 1:]:
            if a[0] < b[1] and b[0] < a[1]:
                raise ValueError(f"{where}: {name_a} {a} overlaps {name_b} {b}: "
                                 f"{text[a[0]:a[1]]!r} / {text[b[0]:b[1]]!r}")
    return {
        "source": list(source) if source else None,
        "cue": [list(cue)],
        "content": [list(c) for c in content],
        "sourceText": text[source[0]:source[1]] if source else None,
        "cueText": text[cue[0]:cue[1]],
        "contentText": SEP.join(text[b:e] for b, e in content),
    }


DATE_LINE = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? \w+ \d{1,2},? \d{4}\.?")


def headed(paras):
    """Paragraphs of a UD document; a file with no paragraph marks (older GUM releases give a Wikinews article as one
    run of sentences) gets its headline, the first sentence, and a date line after it as paragraphs of their own."""
    if len(paras) != 1 or len(paras[0]) < 3:
        return paras
    sentences = paras[0]
    if DATE_LINE.fullmatch(sentences[1]):
        return [sentences[:1], sentences[1:2], sentences[2:]]
    return [sentences[:1], sentences[1:]]


class Texts:
    """Document texts by id: news pages' gold article bodies, re3d releases and UD English EWT documents, read from
    the shared data."""

    def __init__(self, shared, conllu=None):
        self.shared = shared
        self.conllu = conllu
        self._ud = None
        self._news = None
        self._re3d = None
        self._ewt = None

    def news(self):
        if self._news is None:
            with open(os.path.join(self.shared, "data/article-extraction/ground-truth.json"), encoding="utf-8") as f:
                self._news = json.load(f)
        return self._news

    def re3d(self):
        if self._re3d is None:
            self._re3d = {}
            for collection in ("centcom", "us-state-department"):
                with open(os.path.join(self.shared, "data/re3d", collection, "documents.json"), encoding="utf-8") as f:
                    for line in f:
                        d = json.loads(line)
                        self._re3d[d["_id"]] = (collection, d)
        return self._re3d

    def ewt(self):
        if self._ewt is None:
            self._ewt = {}
            for part in ("train", "dev", "test"):
                path = os.path.join(self.shared, "data/ud-english-ewt", f"en_ewt-ud-{part}.conllu")
                for doc_id, paras in ewt_docs.documents(path):
                    self._ewt[doc_id] = (part, ewt_docs.text(paras))
        return self._ewt

    def ud(self):
        """Documents of the .conllu files in the --conllu folder (GUM's, one document per file)."""
        if self._ud is None:
            self._ud = {}
            for name in sorted(os.listdir(self.conllu)) if self.conllu else []:
                if name.endswith(".conllu"):
                    for doc_id, paras in ewt_docs.documents(os.path.join(self.conllu, name)):
                        self._ud[doc_id] = ewt_docs.text(headed(paras))
        return self._ud

    def get(self, doc_id):
        """(text, title, url, kind) for a document id."""
        if doc_id in self.news():
            page = self.news()[doc_id]
            return page["articleBody"], None, page.get("url"), "news"
        if doc_id in self.re3d():
            collection, d = self.re3d()[doc_id]
            return d["text"], d.get("title"), d.get("sourceUrl") or d.get("url"), "re3d-" + collection
        if doc_id in self.ewt():
            part, text = self.ewt()[doc_id]
            return text, None, None, f"ewt-{part}-{doc_id.split('-', 1)[0]}"
        if doc_id in self.ud():
            # "GUM_news_iodine" -> "gum-news"
            return self.ud()[doc_id], None, None, "-".join(doc_id.lower().split("_")[:2])
        raise KeyError(f"{doc_id}: neither a news page of the article-extraction data, a re3d release, an EWT document"
                       f" nor a document of the --conllu folder")


def utf16_offsets(text, a):
    """The attribution with its spans in UTF-16 code units, as the set's format has them (section 9 of the
    guidelines); Python indexes code points, which differ after a character outside the Basic Multilingual Plane
    (an emoji)."""
    def unit(i):
        return len(text[:i].encode("utf-16-le")) // 2
    def span(s):
        return [unit(s[0]), unit(s[1])]
    out = dict(a)
    out["source"] = span(a["source"]) if a["source"] else None
    out["cue"] = [span(c) for c in a["cue"]]
    out["content"] = [span(c) for c in a["content"]]
    return out


def resolve_file(texts, work, doc_id):
    path = os.path.join(work, doc_id + ".ann")
    text, title, url, kind = texts.get(doc_id)
    blocks = parse_blocks(path)
    attributions, errors = [], []
    for block in blocks:
        try:
            attributions.append(resolve(text, block, f"{path}:{block['line']}"))
        except ValueError as e:
            errors.append(str(e))
    attributions.sort(key=lambda a: a["cue"][0][0])
    cues = [tuple(a["cue"][0]) for a in attributions]
    for c in set(cues):
        if cues.count(c) > 1:
            errors.append(f"{path}: cue {c} {text[c[0]:c[1]]!r} is marked {cues.count(c)} times (one cue, one attribution)")
    return text, title, url, kind, attributions, errors


def show(text, a):
    def ctx(span):
        return text[span[0]:span[1]].replace("\n", "\u23ce")
    src = ctx(a["source"]) if a["source"] else "-"
    pieces = " | ".join(ctx(c) for c in a["content"])
    return f"  [{a['cue'][0][0]}] S={src!r}  C={ctx(a['cue'][0])!r}  T={pieces!r}"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("command", choices=["check", "build"])
    ap.add_argument("ids", nargs="*")
    ap.add_argument("--work", default="/work/shared/attribution-work")
    ap.add_argument("--shared", default="/work/shared")
    ap.add_argument("--conllu", help="a folder of .conllu files with further UD documents (GUM)")
    ap.add_argument("--docs", help="TSV listing the set's documents: id, kind, publisher, words, split")
    ap.add_argument("--out", help="the set's folder in the repository (build)")
    args = ap.parse_intermixed_args()
    texts = Texts(args.shared, args.conllu)
    failed = False
    if args.command == "check":
        for doc_id in args.ids:
            text, _, _, _, attributions, errors = resolve_file(texts, args.work, doc_id)
            print(f"{doc_id}: {len(attributions)} attributions, {len(errors)} errors")
            for a in attributions:
                print(show(text, a))
            for e in errors:
                print("error: " + e)
            failed |= bool(errors)
        sys.exit(1 if failed else 0)

    if not args.docs or not args.out:
        ap.error("build needs --docs and --out")
    with open(args.docs, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        rows = [dict(zip(header, line.rstrip("\n").split("\t"))) for line in f if line.strip()]
    index = []
    for row in rows:
        doc_id = row["id"]
        if not os.path.exists(os.path.join(args.work, doc_id + ".ann")):
            continue
        text, title, url, kind, attributions, errors = resolve_file(texts, args.work, doc_id)
        if errors:
            # A document still being annotated (or with a mistake) is left as it is in the set.
            for e in errors:
                print("error: " + e)
            print(f"skipped: {doc_id} (fix the errors above, then build again)")
            failed = True
            continue
        folder = os.path.join(args.out, row["split"])
        os.makedirs(folder, exist_ok=True)
        record = {"id": doc_id, "title": title, "sourceUrl": url}
        if kind == "news":
            # The publishers' text stays out of the repository: offsets only, and where to read the text.
            record["text"] = {"corpus": "article-extraction", "id": doc_id,
                              "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest()}
            record["attributions"] = [{k: a[k] for k in ("source", "cue", "content")}
                                      for a in (utf16_offsets(text, a) for a in attributions)]
        else:
            with open(os.path.join(folder, doc_id + ".txt"), "w", encoding="utf-8", newline="") as f:
                f.write(text)
            record["attributions"] = [utf16_offsets(text, a) for a in attributions]
        with open(os.path.join(folder, doc_id + ".json"), "w", encoding="utf-8") as f:
            json.dump(record, f, ensure_ascii=False, indent=1)
            f.write("\n")
    # The index counts every document in the set, also those whose working files live elsewhere
    # (the blind part's are kept apart from the extractor's developers: build with --work pointing there).
    for row in rows:
        path = os.path.join(args.out, row["split"], row["id"] + ".json")
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                record = json.load(f)
            # the kind column of --docs, where given, spares reading texts that live elsewhere (a blind part's)
            kind = row.get("kind") or ("news" if isinstance(record.get("text"), dict) else texts.get(row["id"])[3])
            index.append((row["id"], kind, row.get("publisher", ""), row.get("words", ""), row["split"],
                          len(record["attributions"])))
    with open(os.path.join(args.out, "index.tsv"), "w", encoding="utf-8") as f:
        f.write("id\tkind\tpublisher\twords\tsplit\tattributions\n")
        for r in sorted(index, key=lambda r: (r[4], r[1], r[0])):
            f.write("\t".join(map(str, r)) + "\n")
    for split in ("dev", "blind"):
        docs = [r for r in index if r[4] == split]
        print(f"{split}: {len(docs)} documents, {sum(r[5] for r in docs)} attributions, "
              f"{len(set(r[2] for r in docs))} publishers")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
