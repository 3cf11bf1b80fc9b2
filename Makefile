# puljeberegner — every target installs what it is missing first; each install step
# checks the installed version and is skipped when it is already right.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PORT ?= 8080
# The build's tool versions, pinned in tools.toml only (cargo xtask dist checks them
# against Cargo.toml, Trunk.toml and the installed tools); the wasm build's flags are in
# crates/xtask/src/run.rs.
pin = $(shell sed -n 's/^$(1) = "\(.*\)"/\1/p' tools.toml)
TRUNK_VERSION := $(call pin,trunk)
WASM_BINDGEN_VERSION := $(call pin,wasm-bindgen)
BINARYEN_VERSION := $(call pin,binaryen)
WASM_TOOLCHAIN := $(call pin,wasm-toolchain)
# The byte gates: `make size-check`, and so `make test`, fails when a page's bytes (all it
# loads, gzip -9) are above PAGE_CEILING_GZIP, or when a calculator page's critical path
# (its index.html and the figures module's glue and wasm, gzip -9) is above
# CRITICAL_PATH_GZIP, or has no figures module. The goals under the gates are reported,
# never fail (benches/bench.js, GOALS).
PAGE_CEILING_GZIP ?= 110000
CRITICAL_PATH_GZIP ?= 30000
# The calculator pages carry two wasms: the figures module (~19 kB gzip, the domain's
# reading and the texts of the first figures a second time) and the app. Their total
# (~120 kB on 2026-12-07) is over PAGE_CEILING_GZIP; until the app is cut by as much, they
# have this ceiling of their own, so that they cannot grow further unnoticed
# (docs/performance.md, "Figures first").
CALCULATOR_CEILING_GZIP ?= 123000

TOOLS := $(CURDIR)/.tools
CARGO_BIN := $(HOME)/.cargo/bin
export PATH := $(TOOLS)/node_modules/.bin:$(CARGO_BIN):$(PATH)
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: help setup build-tools browsers rust-target wasm-toolchain trunk wasm-bindgen wasm-opt node-deps chromium \
        engines build serve test lint rust-components test-native test-e2e test-engines screenshot \
        bench size-check size-gates clean cargo-fuzz fuzz fuzz-check cargo-mutants mutants

help:
	@echo "make serve   install what is missing, build the release site, serve it on http://127.0.0.1:$(PORT)/"
	@echo "make test    install what is missing, check formatting and lints, run every test layer"
	@echo "             (domain, components, browser), the byte gates and each fuzz target briefly"

## --- set-up -------------------------------------------------------------------

# What `make build` (and so `make serve`) needs; `setup` adds the browsers, for the tests.
build-tools: rust-target wasm-toolchain trunk wasm-bindgen wasm-opt node-deps
	cargo fetch --quiet

setup: build-tools browsers

browsers: chromium engines

rust-target:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || \
	  rustup target add wasm32-unknown-unknown

# The nightly with the standard library's source, and the crates that source needs
# (the build runs --offline).
wasm-toolchain:
	@rustup component list --toolchain $(WASM_TOOLCHAIN) --installed 2>/dev/null | grep -q '^rust-src' || \
	  rustup toolchain install $(WASM_TOOLCHAIN) --profile minimal --component rust-src
	cargo +$(WASM_TOOLCHAIN) fetch --quiet --manifest-path \
	  "$$(rustc +$(WASM_TOOLCHAIN) --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"

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

# The other two engines for `make test-engines`: Firefox (Debian's ESR) and WebKit
# (WebKitWebDriver, with the MiniBrowser of libwebkit2gtk-4.1-0, on an Xvfb display).
# Only what is missing is installed, in one apt run.
engines:
	@missing=""; \
	command -v firefox-esr >/dev/null || missing="$$missing firefox-esr"; \
	{ command -v WebKitWebDriver >/dev/null && dpkg -s libwebkit2gtk-4.1-0 >/dev/null 2>&1; } || \
	  missing="$$missing webkit2gtk-driver"; \
	command -v Xvfb >/dev/null || missing="$$missing xvfb"; \
	[ -z "$$missing" ] || \
	  { $(SUDO) apt-get update && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y $$missing; }

## --- build and serve ----------------------------------------------------------

# Four pages, each with its own wasm: the calculator (index.html) and the batch check
# (batch.html), each in Danish (dist/, dist/batch/) and English (dist/en/, dist/en/batch/).
# `cargo xtask dist` (crates/xtask) builds them with Trunk, writes the pre-rendered parts
# into them (src/bin/prerender.rs), puts the figures module on the calculator pages,
# shortens the names between each wasm and its glue, minifies the glue and the style
# sheet, hashes the inline scripts and style into each page's policy, and checks what it
# wrote (imports, integrity values, policy).
build: build-tools
	cargo xtask dist

# Builds and serves; installs no browser.
serve: build
	@echo "Serving on http://127.0.0.1:$(PORT)/ (Ctrl-C stops)"
	python3 tests/e2e/serve.py --port $(PORT) --dir dist

## --- tests --------------------------------------------------------------------

# Formatting and lints first: a finding stops the run before the long build. Chromium runs
# the whole browser suite; Firefox and WebKit then run the flows a person uses; then the
# byte gates on that build, and every fuzz target, briefly. Each layer's time is printed
# after it (`== e2e: 312 s`), so a slow layer can be told from a hung one; the first layer
# that fails stops the run, and make test fails with it.
TEST_LAYERS := setup:setup lint:lint native:test-native build:build e2e:test-e2e \
               engines:test-engines size-check:size-gates fuzz:fuzz-check
test:
	@all=$$(date +%s); \
	for layer in $(TEST_LAYERS); do \
	  name=$${layer%%:*}; start=$$(date +%s); \
	  $(MAKE) --no-print-directory $${layer#*:} || \
	    { status=$$?; echo "== $$name: failed after $$(( $$(date +%s) - start )) s"; exit $$status; }; \
	  echo "== $$name: $$(( $$(date +%s) - start )) s"; \
	done; \
	echo "== make test: $$(( $$(date +%s) - all )) s"

test-native:
	cargo test --workspace --quiet
	cargo test --quiet --features lang-en

test-e2e: chromium
	npx playwright test

# Firefox (puppeteer-core over WebDriver BiDi) and WebKit (selenium-webdriver with
# WebKitWebDriver) through the flows of tests/engines/flows.js, against dist/ as built.
# Every failure names its engine. About 30 s (tests/engines/run.js says how long).
test-engines: engines node-deps
	node tests/engines/run.js --dir dist

# Code as rustfmt writes it, and no clippy warning in any target (lib, bins, tests),
# so a diff shows only what changed and clippy's findings never pile up. The lints are
# Cargo.toml's [workspace.lints] and clippy.toml's bans; clippy runs natively and for the
# pages' wasm too, where the code that only the browser runs is (the figures module's
# allocator and its unsafe block).
lint: rust-components rust-target
	cargo fmt --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown -p puljeberegner -p figures --lib --bins -- -D warnings

rust-components:
	@rustup component list --installed | grep -q '^rustfmt' || rustup component add rustfmt
	@rustup component list --installed | grep -q '^clippy' || rustup component add clippy

## --- fuzzing and mutants -------------------------------------------------------

# Every reader of outside text has a fuzz target (fuzz/fuzz_targets/; `cargo fuzz list`
# names them, so a new one is run without being named here).
FUZZ_SECONDS ?= 60
FUZZ_CHECK_SECONDS ?= 20
# The nightly the release wasm is built with (libFuzzer needs a nightly): one nightly for
# both, installed by wasm-toolchain.
FUZZ_TOOLCHAIN := $(WASM_TOOLCHAIN)

# cargo-fuzz, any version already installed, else the newest (with its lock file).
cargo-fuzz: wasm-toolchain
	@cargo fuzz --version >/dev/null 2>&1 || \
	  { echo "installing cargo-fuzz (a few minutes, once)"; cargo install cargo-fuzz --locked; }

# Runs each fuzz target for FUZZ_SECONDS; stops at the first crash, which libFuzzer saves
# under fuzz/artifacts/<target>/. New inputs go to fuzz/corpus/<target>/ (only the seed_*
# files there are in git).
fuzz: cargo-fuzz
	@for t in $$(cargo fuzz list); do \
	  echo "== fuzzing $$t for $(FUZZ_SECONDS) s"; \
	  cargo +$(FUZZ_TOOLCHAIN) fuzz run $$t -- -max_total_time=$(FUZZ_SECONDS); \
	done

# make test's fuzz layer: each target replays its corpus (the seeds, and what earlier runs
# here added), then fuzzes for FUZZ_CHECK_SECONDS; one line each. A crash fails it, with
# the end of libFuzzer's report (all of it in target/fuzz-check/<target>.log).
fuzz-check: cargo-fuzz
	cargo +$(FUZZ_TOOLCHAIN) fuzz build
	@mkdir -p target/fuzz-check; \
	for t in $$(cargo fuzz list); do \
	  log=target/fuzz-check/$$t.log; \
	  if cargo +$(FUZZ_TOOLCHAIN) fuzz run $$t -- -max_total_time=$(FUZZ_CHECK_SECONDS) >$$log 2>&1; then \
	    echo "fuzz-check $$t: $$(sed -n 's/^#[0-9]*[[:space:]]*INITED.* corp: \([0-9]*\).*/\1/p' $$log) inputs of its corpus," \
	      "then $$(sed -n 's/^Done \([0-9]*\) runs in \([0-9]*\) .*/\1 runs in \2 s/p' $$log), no crash"; \
	  else \
	    tail -n 60 $$log; echo "fuzz-check $$t: failed (all of it in $$log)"; exit 1; \
	  fi; \
	done

# cargo-mutants, any version already installed, else the newest (its lock file).
cargo-mutants:
	@cargo mutants --version >/dev/null 2>&1 || \
	  { echo "installing cargo-mutants (a few minutes, once)"; cargo install cargo-mutants --locked; }

# Mutation testing of the domain crate: each small change to its code (a `>` made `>=`, a
# function returning a default …) must fail some test of the workspace. Not part of make
# test: about 20 s a mutant on two cores, hours for the whole crate; run it when a change
# touches the domain, narrowed with MUTANTS_ARGS, e.g.
#   make mutants MUTANTS_ARGS='--file crates/domain/src/payout.rs --file crates/domain/src/money.rs'
# The mutants no test caught are listed in target/mutants.out/missed.txt.
MUTANTS_ARGS ?=
mutants: cargo-mutants
	cargo mutants --package domain --test-workspace=true --output target $(MUTANTS_ARGS)

# Refreshes the README's screenshot from the release build.
screenshot: build chromium
	node tests/e2e/screenshot.js docs/screenshot.png

## --- size and speed -----------------------------------------------------------

# A benchmark, not a test: the release site against a bare Yew page built the same way in
# the same run (benches/baseline, its own target dir under target/bench): the bytes, the
# first result on a desktop (BENCH_LOADS cold loads) and on Lighthouse's mobile profile
# (BENCH_PHONE_LOADS), keystrokes, the batch check, the slow line. Prints a table, writes
# target/bench/bench.json; never fails on timings.
bench: build
	cargo xtask baseline target/bench/baseline-dist
	WASM_TOOLCHAIN=$(WASM_TOOLCHAIN) node benches/bench.js --app dist --baseline target/bench/baseline-dist --out target/bench/bench.json

# The byte gates above (PAGE_CEILING_GZIP for each of the four pages, CRITICAL_PATH_GZIP
# for the two calculator pages), brotli 11 reported beside gzip, and each page's
# difference from the previous run (kept in target/bench/sizes.json).
size-check: build
	@$(MAKE) --no-print-directory size-gates

# The byte gates on dist/ as it stands (make test runs them on the build it tested).
size-gates:
	node benches/bench.js --size-check --app dist --page-ceiling $(PAGE_CEILING_GZIP) \
	  --calculator-ceiling $(CALCULATOR_CEILING_GZIP) --critical-path $(CRITICAL_PATH_GZIP)

clean:
	rm -rf dist target
