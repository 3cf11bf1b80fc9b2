#!/usr/bin/env python3
"""Trunk post_build hook: allow the page's inline scripts and style, and only them, by hash.

The Content-Security-Policy in index.html allows no inline script or style
('unsafe-inline'). Four things are inline on purpose, because as files each cost the
reader a round trip before the page can show or start anything: the pre-render guard (it
must run before the first paint), the failure message (static/failure.js: it must listen
before the wasm runs), Trunk's loader (it starts the wasm) and the style sheet
(Trunk's rel="inline"; as a file it also shared a slow line with the wasm). Each gets its
sha256 in the policy's `script-src` or `style-src`, so the browser runs exactly these
texts and nothing else inline.
"""
import base64
import hashlib
import os
import re
import sys

staging = os.environ.get("TRUNK_STAGING_DIR") or (sys.argv[1] if len(sys.argv) > 1 else "dist")
index = os.path.join(staging, "index.html")
with open(index, encoding="utf-8") as f:
    html = f.read()


def sha256(text):
    """The CSP source for exactly this text."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def allow(html, directive, texts):
    """Appends the texts' hashes to the policy's `directive`."""
    start = html.find('http-equiv="Content-Security-Policy"')
    at = html.find(f"{directive} ", start)
    end = html.find(";", at)
    if start < 0 or at < 0 or end < 0:
        sys.exit(f"csp_hashes: no {directive} in a Content-Security-Policy of {index}")
    return html[:end] + "".join(" " + sha256(t) for t in texts) + html[end:]


# Inline: a <script> without src, a <style>; each text is hashed exactly as written.
scripts = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, re.S)
styles = re.findall(r"<style[^>]*>(.*?)</style>", html, re.S)
if not re.search(r'<script type="module">', html):
    sys.exit(f"csp_hashes: Trunk's inline loader is not in {index}")
html = allow(allow(html, "script-src", scripts), "style-src", styles)
with open(index, "w", encoding="utf-8") as f:
    f.write(html)
print(f"csp_hashes: {len(scripts)} script(s) and {len(styles)} style(s) allowed by hash in {index}")
