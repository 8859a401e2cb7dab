# sentag. `make serve` and `make test` install what is missing (scripts/setup.sh) first.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
export PATH := $(CURDIR)/node_modules/.bin:$(or $(CARGO_HOME),$(HOME)/.cargo)/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
# wasm32 commands run with the variables of the toolchain route that setup chose; the
# shipped build with std built for size (scripts/wasm-env.sh).
WASM := source scripts/wasm-env.sh &&
WASM_RELEASE := export SENTAG_WASM_PROFILE=release && source scripts/wasm-env.sh &&
PORT ?= 8080

.PHONY: setup build serve dist test test-native test-browser test-e2e bench lint clean

setup:
	@scripts/setup.sh

build: setup
	$(WASM_RELEASE) trunk build --release
	node scripts/pdf-cmaps.mjs dist
	node scripts/sw.mjs dist

serve: build
	node scripts/serve.mjs dist --port $(PORT)

dist: build
	@node scripts/sizes.mjs dist
	@node scripts/csp.mjs dist

test: test-native test-browser test-e2e

test-native: setup
	cargo test --locked

test-browser: setup
	$(WASM) cargo test --locked --target wasm32-unknown-unknown --test browser

test-e2e: build
	node --test --test-concurrency=1 tests/e2e/*.test.mjs

bench: build
	cargo bench --locked --bench segment
	cargo bench --locked --bench save
	cargo bench --locked --bench suggest
	node bench/run.mjs

lint: setup
	cargo fmt --all -- --check
	cargo clippy --locked --all-targets -- -D warnings
	@# Debian's rustc-web ships no clippy: the app code is linted where rustup's target is used.
	$(WASM) if [ -z "$${RUSTUP_TOOLCHAIN:-}" ]; then \
	  cargo clippy --locked --target wasm32-unknown-unknown --lib --bins --tests -- -D warnings; \
	else echo "lint: no clippy for the wasm32 app on the Debian toolchain; skipped"; fi

clean:
	cargo clean
	rm -rf dist
