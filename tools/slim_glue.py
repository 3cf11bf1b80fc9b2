#!/usr/bin/env python3
"""Trunk post_build hook: the wasm's JavaScript glue made small, and short names to it.

wasm-bindgen names every function the wasm imports from its glue, and every closure it
exports to it, with the Rust path and a 16-digit hash (`__wbg_setAttribute_9bad76f3…`),
written twice — in the wasm's import or export section and in the glue. Random hex does
not compress: on the calculator page these names were 3,8 kB of the gzip total. This
step renames each of them, in both files, to `$` and a number, which nothing else in
the glue uses (checked), and the glue's module name to `$`; minifies the glue with
terser (an ES module: its exports keep their names; 1,3 kB gzip less); then puts the
new files' SHA-384 in the page's `integrity` attributes. Exports the page or its tests
call by name (`__wbindgen_malloc`, `memory`, …) carry no hash and keep their names.

Runs first in the hook: the later steps rewrite only the page, not the wasm or its glue.
"""
import base64
import glob
import hashlib
import os
import re
import subprocess
import sys

TERSER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "node_modules", ".bin", "terser")

staging = os.environ.get("TRUNK_STAGING_DIR") or (sys.argv[1] if len(sys.argv) > 1 else "dist")
index = os.path.join(staging, "index.html")
HASHED = re.compile(r"[0-9a-f]{16}")


def fail(message):
    sys.exit(f"slim_glue: {message} in {staging}")


def leb(data, i):
    """An unsigned LEB128 at data[i]: (value, index after it)."""
    value = shift = 0
    while True:
        byte = data[i]
        i += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, i


def to_leb(value):
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        out.append(byte | (0x80 if value else 0))
        if not value:
            return bytes(out)


def name_at(data, i):
    n, i = leb(data, i)
    return data[i : i + n].decode("utf-8"), i + n


def to_name(text):
    raw = text.encode("utf-8")
    return to_leb(len(raw)) + raw


def skip_limits(data, i):
    flags = data[i]
    _, i = leb(data, i + 1)
    return leb(data, i)[1] if flags & 1 else i


def rename_imports(body, module, rename):
    """The import section with `module`'s names renamed; a name is added to `rename`."""
    count, i = leb(body, 0)
    out = bytearray(to_leb(count))
    for _ in range(count):
        mod, i = name_at(body, i)
        field, i = name_at(body, i)
        start, kind = i, body[i]
        i += 1
        if kind == 0:  # function: type index
            _, i = leb(body, i)
        elif kind == 1:  # table: reference type, limits
            i = skip_limits(body, i + 1)
        elif kind == 2:  # memory: limits
            i = skip_limits(body, i)
        elif kind == 3:  # global: value type, mutability
            i += 2
        elif kind == 4:  # tag: attribute, type index
            _, i = leb(body, i + 1)
        else:
            fail(f"an import of unknown kind {kind}")
        if mod == module:
            rename.setdefault(field, f"${len(rename):x}")
            mod, field = "$", rename[field]
        out += to_name(mod) + to_name(field) + body[start:i]
    return bytes(out)


def rename_exports(body, rename):
    count, i = leb(body, 0)
    out = bytearray(to_leb(count))
    for _ in range(count):
        field, i = name_at(body, i)
        start = i
        _, i = leb(body, i + 1)  # kind, index
        if HASHED.search(field):
            rename.setdefault(field, f"${len(rename):x}")
            field = rename[field]
        out += to_name(field) + body[start:i]
    return bytes(out)


def sri(path):
    with open(path, "rb") as f:
        return "sha384-" + base64.b64encode(hashlib.sha384(f.read()).digest()).decode()


with open(index, encoding="utf-8") as f:
    html = f.read()
wasms = glob.glob(os.path.join(staging, "*_bg.wasm"))
if len(wasms) != 1:
    fail(f"{len(wasms)} wasm files, not one,")
wasm_path = wasms[0]
js_path = wasm_path[: -len("_bg.wasm")] + ".js"
stem = os.path.basename(js_path)[: -len(".js")].rsplit("-", 1)[0]
module = f"./{stem}_bg.js"
with open(wasm_path, "rb") as f:
    wasm = f.read()
with open(js_path, encoding="utf-8") as f:
    js = f.read()
if "$" in js.replace("${", ""):
    fail(f"{js_path} already uses '$' names")

rename = {}
out, i = bytearray(wasm[:8]), 8
while i < len(wasm):
    section = wasm[i]
    size, body_at = leb(wasm, i + 1)
    body = wasm[body_at : body_at + size]
    if section == 2:
        body = rename_imports(body, module, rename)
    elif section == 7:
        body = rename_exports(body, rename)
    out += bytes([section]) + to_leb(len(body)) + body
    i = body_at + size
if not rename:
    fail("no wasm-bindgen names")

# In the glue: every whole identifier, and the module's key in the imports object.
quoted = f'"{module}"'
if js.count(quoted) != 1:
    fail(f"{module} is not named once in the glue")
js = js.replace(quoted, '"$"')
for old, new in sorted(rename.items(), key=lambda kv: -len(kv[0])):
    js, n = re.subn(rf"(?<![\w$]){re.escape(old)}(?![\w$])", lambda _: new, js)
    if n == 0:
        fail(f"{old} is not in the glue")

with open(wasm_path, "wb") as f:
    f.write(out)
with open(js_path, "w", encoding="utf-8") as f:
    f.write(js)
subprocess.run([TERSER, js_path, "--module", "--compress", "--mangle", "--output", js_path], check=True)
# Each file's integrity attribute, where Trunk wrote one (not with `--no-sri`).
for path in (wasm_path, js_path):
    name = re.escape(os.path.basename(path))
    html, n = re.subn(
        rf'(href="[^"]*{name}"[^>]*integrity=")[^"]*(")', lambda m: m[1] + sri(path) + m[2], html
    )
    if n > 1:
        fail(f"{n} integrity attributes for {os.path.basename(path)}")
with open(index, "w", encoding="utf-8") as f:
    f.write(html)
print(
    f"slim_glue: {len(rename)} names; wasm {len(wasm)} → {len(out)} bytes, "
    f"glue {len(js)} → {os.path.getsize(js_path)} bytes, in {staging}"
)
