# Sourced before every wasm32 build: picks the toolchain route that scripts/setup.sh set up.
# With rustup's wasm32 target nothing needs setting. Without it (no network for rustup),
# Debian's rustc-web builds std for wasm32 from source with -Zbuild-std.
#
# SENTAG_WASM_PROFILE=release (the shipped build, `make build`) always takes the Debian
# route and builds std for size: std's `optimize_for_size`, panics that abort at once
# (the app installs no panic hook, so no message is lost) and no panic locations.
# That is 32 KB brotli less at start than rustup's prebuilt std (see README, Performance).
debian_route() {
  export RUSTUP_TOOLCHAIN=debian-web
  export RUSTC_BOOTSTRAP=1
  export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
}
# The size flags are unstable: they are used only with the rustc-web releases they
# were tried with (1.96) or near it; an older or much newer one builds std plainly.
debian_minor() {
  rustc +debian-web --version 2>/dev/null | sed -n 's/^rustc 1\.\([0-9]*\)\..*/\1/p'
}
if [ "${SENTAG_WASM_PROFILE:-}" = release ] \
  && rustup toolchain list 2>/dev/null | grep -q '^debian-web'; then
  debian_route
  minor=$(debian_minor)
  if [ "${minor:-0}" -ge 96 ] && [ "${minor:-0}" -le 99 ]; then
    export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
    export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none"
  else
    echo "wasm-env: rustc-web 1.${minor:-?} is not one the size flags were tried with; building std plainly" >&2
  fi
elif [ "${SENTAG_WASM_ROUTE:-}" != debian ] \
  && rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  :
elif rustup toolchain list 2>/dev/null | grep -q '^debian-web'; then
  debian_route
else
  echo "wasm-env: no wasm32 toolchain; run scripts/setup.sh" >&2
  return 1 2>/dev/null || exit 1
fi
