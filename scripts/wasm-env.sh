# Sourced before every wasm32 build: picks the toolchain route that scripts/setup.sh set up.
# With rustup's wasm32 target nothing needs setting. Without it (no network for rustup),
# Debian's rustc-web builds std for wasm32 from source with -Zbuild-std.
if [ "${SENTAG_WASM_ROUTE:-}" != debian ] \
  && rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  :
elif rustup toolchain list 2>/dev/null | grep -q '^debian-web'; then
  export RUSTUP_TOOLCHAIN=debian-web
  export RUSTC_BOOTSTRAP=1
  export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
else
  echo "wasm-env: no wasm32 toolchain; run scripts/setup.sh" >&2
  return 1 2>/dev/null || exit 1
fi
