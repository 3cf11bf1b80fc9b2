#!/usr/bin/env python3
"""Trunk post_build hook: the page without its comments, its style sheet without spare spaces.

index.html's comments are for whoever reads the source; the built page goes without
them (0,1 kB gzip).

styles/main.css (and on the batch pages styles/batch.css) is written to be read (comments,
one rule a line); the page carries it inline (rel="inline"), in one <style>, so every byte
is on the first response. Trunk's own --minify would
also rewrite the HTML, which the later steps read; this touches only the <style> and the
comments.
Text in quotes ("▶ ") is kept exactly. Runs before csp_hashes.py, which hashes the
result.
"""
import os
import re
import sys

staging = os.environ.get("TRUNK_STAGING_DIR") or (sys.argv[1] if len(sys.argv) > 1 else "dist")
index = os.path.join(staging, "index.html")


def minify(css):
    """Comments out; runs of white space to one; none around { } ; , > or after a colon."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    parts = re.split(r'("[^"\n]*")', css)  # odd items are quoted strings: kept as they are
    for i in range(0, len(parts), 2):
        text = re.sub(r"\s+", " ", parts[i])
        text = re.sub(r" ?([{};,>]) ?", r"\1", text)
        parts[i] = re.sub(r": ", ":", text)
    return "".join(parts).replace(";}", "}").strip()


with open(index, encoding="utf-8") as f:
    html = f.read()
styles = re.findall(r"<style[^>]*>(.*?)</style>", html, re.S)
if not styles:
    sys.exit(f"minify_page: no <style> in {index}")
# One <style> a page: main.css, and on the batch pages batch.css after it, joined.
before = "".join(styles)
after = minify(before)
first = True


def one_style(m):
    global first
    if first:
        first = False
        return m.group(1) + after + "</style>"
    return ""


html = re.sub(r"(<style[^>]*>).*?</style>\s*", one_style, html, flags=re.S)
size = len(html)
html = re.sub(r"<!--.*?-->", "", html, flags=re.S)
with open(index, "w", encoding="utf-8") as f:
    f.write(html)
print(f"minify_page: style sheet {len(before)} → {len(after)}, comments {size - len(html)} characters out, in {index}")
