#!/usr/bin/env python3
"""Trunk post_build hook: allow the page's inline scripts, and only them, by their hashes.

The Content-Security-Policy in index.html allows no inline script ('unsafe-inline'). Two
are inline on purpose, because a file would cost the reader a round trip before the page
can show or start anything: the pre-render guard (it must run before the first paint) and
Trunk's loader (it starts the wasm). Each gets its sha256 in the policy's `script-src`, so
the browser runs exactly these texts and nothing else inline.
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

# An inline script is a <script> without src; its text is hashed exactly as written.
scripts = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, re.S)
if not any('type="module"' in tag for tag in re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", html)):
    sys.exit(f"csp_hashes: Trunk's inline loader is not in {index}")
hashes = " ".join(
    "'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode() + "'"
    for s in scripts
)
allowance = "script-src 'self' 'wasm-unsafe-eval'"
if html.count(allowance + ";") != 1:
    sys.exit(f"csp_hashes: expected one CSP with \"{allowance};\" in {index}")
html = html.replace(allowance + ";", f"{allowance} {hashes};")
with open(index, "w", encoding="utf-8") as f:
    f.write(html)
print(f"csp_hashes: {len(scripts)} inline script(s) allowed by hash in {index}")
