#!/usr/bin/env python3
"""Trunk post_build hook: move Trunk's inline loader <script> into its own file.

The Content-Security-Policy of index.html allows no inline script ('unsafe-inline'),
so the loader Trunk writes inline becomes `loader-<hash>.js`, referenced with a
`src` and a sha384 `integrity`, like Trunk's own assets.
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

pattern = re.compile(r'<script type="module">(.*?)</script>', re.S)
scripts = pattern.findall(html)
if len(scripts) != 1:
    sys.exit(f"externalize_loader: expected one inline module script in {index}, found {len(scripts)}")

code = scripts[0].strip() + "\n"
data = code.encode("utf-8")
name = f"loader-{hashlib.sha256(data).hexdigest()[:16]}.js"
with open(os.path.join(staging, name), "wb") as f:
    f.write(data)
sri = "sha384-" + base64.b64encode(hashlib.sha384(data).digest()).decode()
tag = f'<script type="module" src="./{name}" integrity="{sri}" crossorigin="anonymous"></script>'
html = pattern.sub(lambda _: tag, html, count=1)
if re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html):
    sys.exit("externalize_loader: an inline script is still in index.html")
with open(index, "w", encoding="utf-8") as f:
    f.write(html)
print(f"externalize_loader: wrote {name}")
