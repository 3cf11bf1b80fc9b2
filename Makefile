# puljeberegner — every target installs what it is missing first; each install step
# checks the installed version and is skipped when it is already right.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PORT ?= 8080
TRUNK_VERSION := 0.21.14
# Must equal the wasm-bindgen crate pinned with "=" in Cargo.toml (checked by `setup`).
WASM_BINDGEN_VERSION := 0.2.130
BINARYEN_VERSION := 132

TOOLS := $(CURDIR)/.tools
CARGO_BIN := $(HOME)/.cargo/bin
export PATH := $(TOOLS)/node_modules/.bin:$(CARGO_BIN):$(PATH)
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: help setup rust-target trunk wasm-bindgen wasm-opt node-deps chromium \
        build serve test test-native test-e2e screenshot clean

help:
	@echo "make serve   install what is missing, build the release site, serve it on http://127.0.0.1:$(PORT)/"
	@echo "make test    install what is missing, run every test layer (domain, components, browser)"

## --- set-up -------------------------------------------------------------------

setup: rust-target trunk wasm-bindgen wasm-opt node-deps chromium
	@grep -q '^wasm-bindgen = "=$(WASM_BINDGEN_VERSION)"' Cargo.toml || \
	  { echo "Cargo.toml must pin wasm-bindgen = \"=$(WASM_BINDGEN_VERSION)\""; exit 1; }
	cargo fetch --quiet

rust-target:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || \
	  rustup target add wasm32-unknown-unknown

trunk:
	@trunk --version 2>/dev/null | grep -qx 'trunk $(TRUNK_VERSION)' || \
	  { echo "installing trunk $(TRUNK_VERSION) (about 17 minutes, once)"; \
	    cargo install trunk --version $(TRUNK_VERSION) --locked; }

wasm-bindgen:
	@wasm-bindgen --version 2>/dev/null | grep -qx 'wasm-bindgen $(WASM_BINDGEN_VERSION)' || \
	  cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION) --force

# Debian's binaryen (108) cannot read rustc 1.95's wasm; npm's binaryen@132 can.
wasm-opt:
	@$(TOOLS)/node_modules/.bin/wasm-opt --version 2>/dev/null | grep -q 'version $(BINARYEN_VERSION)' || \
	  { mkdir -p $(TOOLS) && npm install --prefix $(TOOLS) --no-audit --no-fund binaryen@$(BINARYEN_VERSION); }

node-deps:
	@[ -f node_modules/.package-lock.json ] && [ node_modules/.package-lock.json -nt package-lock.json ] || \
	  npm ci --no-audit --no-fund

chromium:
	@command -v chromium >/dev/null || \
	  { $(SUDO) apt-get update && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y chromium; }

## --- build and serve ----------------------------------------------------------

build: setup
	trunk build --release --offline

serve: build
	@echo "Serving on http://127.0.0.1:$(PORT)/ (Ctrl-C stops)"
	python3 tests/e2e/serve.py --port $(PORT) --dir dist

## --- tests --------------------------------------------------------------------

test: setup test-native build test-e2e

test-native:
	cargo test --quiet

test-e2e:
	npx playwright test

# Refreshes the README's screenshot from the release build.
screenshot: build
	node tests/e2e/screenshot.js docs/screenshot.png

clean:
	rm -rf dist target
