#!/usr/bin/env python3
"""Static file server for the Trunk-built site (dist/).

Used by `make serve` and by Playwright's webServer. Standard library only.

- binds 127.0.0.1 only;
- serves .wasm as application/wasm and .js as text/javascript (browsers
  refuse streaming wasm compilation and module scripts with other types);
- sends Cache-Control: no-store so a rebuilt site is never stale;
- /favicon.ico, when the site has none, answers 204 No Content;
- a path with no file behind it and no extension (a page, e.g. /beregner)
  gets index.html, as a single-page app expects;
- logs only errors; Ctrl-C stops it cleanly;
- with --test-hooks (the engine tests only, never `make serve`): GET /__test/hold makes
  requests for the app's wasm (any *.wasm but the figures module's figures-*) wait until
  GET /__test/release, so a test can see the page before the app starts.

Usage: python3 tests/e2e/serve.py [--port PORT] [--dir DIR] [--test-hooks]
PORT defaults to the PORT environment variable, else 8080; DIR to dist.
"""

import argparse
import functools
import http.server
import os
import posixpath
import signal
import sys
import threading
import urllib.parse

EXTRA_TYPES = {
    ".wasm": "application/wasm",
    ".js": "text/javascript",
    ".mjs": "text/javascript",
    ".css": "text/css",
    ".html": "text/html; charset=utf-8",
    ".json": "application/json",
    ".svg": "image/svg+xml",
}


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **EXTRA_TYPES}

    # --test-hooks: whether they are on, and the app's wasm held back while this is clear.
    test_hooks = False
    released = threading.Event()
    released.set()

    def do_GET(self):
        url_path = urllib.parse.urlsplit(self.path).path
        if self.test_hooks and url_path in ("/__test/hold", "/__test/release"):
            if url_path == "/__test/hold":
                Handler.released.clear()
            else:
                Handler.released.set()
            self.send_response(204)
            self.end_headers()
            return
        name = posixpath.basename(url_path)
        if self.test_hooks and name.endswith(".wasm") and not name.startswith("figures-"):
            Handler.released.wait(60)
        super().do_GET()

    def send_head(self):
        # SPA fallback: an extension-less path that names no file or directory
        # is a page of the app, so it gets index.html.
        url_path = urllib.parse.urlsplit(self.path).path
        target = self.translate_path(self.path)
        if url_path == "/favicon.ico" and not os.path.exists(target):
            # Browsers ask for it unprompted; "no content" instead of a 404
            # keeps the log and the browser console quiet.
            self.send_response(204)
            self.end_headers()
            return None
        ext = posixpath.splitext(posixpath.basename(url_path))[1]
        if not os.path.exists(target) and not ext:
            index = os.path.join(self.directory, "index.html")
            if os.path.isfile(index):
                query = urllib.parse.urlsplit(self.path).query
                self.path = "/index.html" + ("?" + query if query else "")
        return super().send_head()

    def end_headers(self):
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def log_message(self, format, *args):  # noqa: A002 - signature from the base class
        pass

    def log_error(self, format, *args):  # noqa: A002
        sys.stderr.write("serve.py: %s - %s\n" % (self.address_string(), format % args))


class Server(http.server.ThreadingHTTPServer):
    allow_reuse_address = True
    daemon_threads = True

    def handle_error(self, request, client_address):
        # A browser that drops a connection (navigation, reload) is not an error.
        exc = sys.exc_info()[1]
        if isinstance(exc, (BrokenPipeError, ConnectionResetError, ConnectionAbortedError)):
            return
        super().handle_error(request, client_address)


def _interrupt(signum, frame):
    raise KeyboardInterrupt


def main(argv=None):
    parser = argparse.ArgumentParser(description="Serve a built site on 127.0.0.1.")
    parser.add_argument(
        "--port",
        type=int,
        default=int(os.environ.get("PORT") or 8080),
        help="port to listen on (default: $PORT, else 8080)",
    )
    parser.add_argument("--dir", default="dist", help="directory to serve (default: dist)")
    parser.add_argument(
        "--test-hooks",
        action="store_true",
        help="answer /__test/hold and /__test/release (engine tests only)",
    )
    args = parser.parse_args(argv)
    Handler.test_hooks = args.test_hooks

    directory = os.path.abspath(args.dir)
    if not os.path.isdir(directory):
        parser.error("no such directory: %s (build the site first)" % args.dir)

    # SIGTERM (Playwright stopping its webServer, `kill PID`) stops as cleanly as Ctrl-C.
    signal.signal(signal.SIGTERM, _interrupt)

    handler = functools.partial(Handler, directory=directory)
    with Server(("127.0.0.1", args.port), handler) as httpd:
        print("Serving %s on http://127.0.0.1:%d/" % (args.dir, args.port), flush=True)
        try:
            httpd.serve_forever()
        except KeyboardInterrupt:
            print("\nStopped.", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
