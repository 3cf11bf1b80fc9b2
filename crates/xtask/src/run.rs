//! Running the build's tools: a failing tool stops the build with its command line.

use std::process::Command;

/// Runs `cmd`, failing with its command line when it cannot start or exits non-zero.
pub fn run(cmd: &mut Command) -> Result<(), String> {
    let line = format!("{cmd:?}");
    let status = cmd
        .status()
        .map_err(|e| format!("cannot start {line}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{line} failed: {status}"))
    }
}

/// The environment of a release wasm build: the pinned nightly, which rebuilds the
/// standard library for size (`-Z build-std` with `optimize_for_size`) and leaves out panic
/// locations and Debug formatting; a panic traps at once (the page's failure message
/// shows). What each saves: docs/performance.md.
pub fn wasm_env(cmd: &mut Command, toolchain: &str) {
    cmd.env("RUSTUP_TOOLCHAIN", toolchain)
        .env("CARGO_UNSTABLE_BUILD_STD", "std,panic_abort")
        .env("CARGO_UNSTABLE_BUILD_STD_FEATURES", "optimize_for_size")
        .env(
            "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS",
            "-Zlocation-detail=none -Zfmt-debug=none -Zunstable-options -Cpanic=immediate-abort",
        );
}
