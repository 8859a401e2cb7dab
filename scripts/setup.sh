#!/usr/bin/env bash
# Installs what sentag's build and tests need and this machine lacks, and says what it
# installs. Safe to run again: whatever is present at the right version is skipped.
# Set SENTAG_WASM_ROUTE=debian to use the Debian toolchain even where rustup works.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"/\1/p')

say() { printf 'setup: %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null; then sudo "$@"
  else say "needs root to run: $*"; return 1
  fi
}

apt_updated=
apt_install() {
  if [ -z "$apt_updated" ]; then
    say "apt-get update"
    as_root apt-get update -qq
    apt_updated=1
  fi
  say "installing $* (apt)"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

missing_debs() {
  local pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || echo "$pkg"
  done
}

ensure_debs() {
  local missing
  missing=$(missing_debs "$@")
  [ -z "$missing" ] || apt_install $missing
}

# Tests build with rustup's wasm32 target where rustup can add it. The shipped build
# (`make build`) always uses the Debian recipe of shared/TOOLCHAIN.md: rustc-web plus the
# std source, so that std is built for size (scripts/wasm-env.sh). Where rustup cannot
# add the target, the Debian toolchain builds everything.
ensure_wasm_toolchain() {
  local rustup_target=
  if [ "${SENTAG_WASM_ROUTE:-}" != debian ]; then
    if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
      rustup_target=1
    else
      say "adding the wasm32-unknown-unknown target (rustup)"
      if timeout 600 rustup target add wasm32-unknown-unknown; then
        rustup_target=1
      else
        say "rustup cannot add the target here: Debian's rustc-web builds everything"
      fi
    fi
  fi
  # With rustup's target, the Debian toolchain only makes the shipped build smaller:
  # where it cannot be installed, the build goes on with rustup's std.
  if ! ensure_debian_toolchain; then
    [ -n "$rustup_target" ] || { say "no wasm32 toolchain could be installed"; return 1; }
    say "Debian's rustc-web is not available: the shipped build uses rustup's std (larger)"
  fi
}

ensure_debian_toolchain() {
  ensure_debs rustc-web cargo-web rust-web-src lld-22 || return 1
  if ! rustup toolchain list | grep -q '^debian-web'; then
    say "linking the Debian toolchain as 'debian-web' (rustup)"
    rustup toolchain link debian-web /usr || return 1
  fi
  # -Zbuild-std compiles std's own dependencies: fetch them now (Trunk builds offline).
  RUSTUP_TOOLCHAIN=debian-web RUSTC_BOOTSTRAP=1 cargo fetch --quiet \
    --manifest-path /usr/lib/rustlib/src/rust/library/Cargo.toml
}

installed_version() { "$1" --version 2>/dev/null | awk '{print $2}'; }

ensure_crate_tool() {
  local bin=$1 crate=$2 version=$3; shift 3
  [ "$(installed_version "$bin")" = "$version" ] && return
  say "installing $crate $version (cargo install; slow the first time)"
  cargo install "$crate" --version "$version" --force "$@"
}

ensure_npm_tools() {
  if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] \
    || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "installing npm dev tools (npm ci)"
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

ensure_wasm_toolchain
ensure_crate_tool trunk trunk "$TRUNK_VERSION" --locked
# --locked fails for wasm-bindgen-cli 0.2.130 (a locked dependency left the registry).
ensure_crate_tool wasm-bindgen wasm-bindgen-cli "$WASM_BINDGEN_VERSION"
ensure_npm_tools
# A CJK font, so that the browser tests render (and screenshot) Chinese text;
# poppler's pdftotext reads back the handout the tests print to PDF.
ensure_debs chromium chromium-driver fonts-wqy-microhei poppler-utils
say "ready"
