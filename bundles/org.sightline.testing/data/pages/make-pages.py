#!/usr/bin/env python3
"""Writes the test pages of this folder: four re3d press releases (public domain, ../re3d) laid out
as news sites lay out an article (navigation, header, share bar, related links, comments, footer,
scripts), gzip-compressed like pages saved from the web. Deterministic: run it again, same bytes.
    python3 make-pages.py
"""
import gzip, html, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
PICK = [("centcom", 0), ("centcom", 3), ("us-state-department", 1), ("us-state-department", 4)]

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} | {site}</title>
<meta name="description" content="{lead}">
<link rel="stylesheet" href="/css/site.css">
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({{"page": "article"}});</script>
</head>
<body class="article-page">
<header class="site-header"><a class="logo" href="/">{site}</a>
<nav><ul><li><a href="/news">News</a></li><li><a href="/releases">Press Releases</a></li><li><a href="/about">About</a></li><li><a href="/contact">Contact</a></li></ul></nav>
<form class="search"><input name="q" placeholder="Search"><button>Go</button></form></header>
<div class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/releases">Press Releases</a></div>
<main>
<article>
<h1>{title}</h1>
<div class="byline">Release No. {number} &middot; <time datetime="{date}">{date}</time></div>
<div class="share">Share: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a> <a href="#">Print</a></div>
{paragraphs}
</article>
<aside class="related"><h2>Related releases</h2><ul><li><a href="/r/1">Coalition update</a></li><li><a href="/r/2">Statement on regional security</a></li><li><a href="/r/3">Weekly briefing</a></li></ul></aside>
<section class="comments"><h2>2 comments</h2>
<div class="comment"><b>reader_01</b>: Thanks for the update.</div>
<div class="comment"><b>analyst22</b>: Any word on the timeline?</div></section>
</main>
<footer><p>{site} &middot; <a href="/privacy">Privacy</a> &middot; <a href="/accessibility">Accessibility</a> &middot; <a href="/foia">FOIA</a></p>
<p>This is an official government website.</p></footer>
<script src="/js/analytics.js"></script>
</body>
</html>
"""

def main():
    for n, (sub, index) in enumerate(PICK, 1):
        with open(os.path.join(HERE, "..", "re3d", sub, "documents.json"), encoding="utf-8") as f:
            docs = [json.loads(l) for l in f if l.strip()]
        d = docs[index]
        paras = [p.strip() for p in d["text"].split("\n") if p.strip()]
        site = "U.S. Central Command" if sub == "centcom" else "U.S. Department of State"
        page = PAGE.format(title=html.escape(d["title"].strip()), site=site, lead=html.escape(paras[0][:150]),
                           number="%d-%03d" % (2017, n), date="2017-0%d-1%d" % (n, n),
                           paragraphs="\n".join("<p>%s</p>" % html.escape(p) for p in paras))
        name = "%d-%s.html.gz" % (n, d["_id"][:8].lower())
        with open(os.path.join(HERE, name), "wb") as out:
            with gzip.GzipFile(filename="", mode="wb", fileobj=out, mtime=0) as gz:
                gz.write(page.encode("utf-8"))
        print(name, len(page))

if __name__ == "__main__":
    main()
