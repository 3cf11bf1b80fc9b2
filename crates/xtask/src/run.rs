//! Running the build's tools: a failing tool stops the build with its command line.

use std::process::{Command, Stdio};

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

/// Runs `cmd` and returns what it printed on stdout (its stderr goes to ours).
pub fn output(cmd: &mut Command) -> Result<String, String> {
    let line = format!("{cmd:?}");
    let out = cmd
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("cannot start {line}: {e}"))?;
    if !out.status.success() {
        return Err(format!("{line} failed: {}", out.status));
    }
    String::from_utf8(out.stdout).map_err(|e| format!("{line} printed no UTF-8: {e}"))
}

/// The environment of a release wasm build: the pinned nightly (`toolchain`, tools.toml),
/// which rebuilds the standard library for size (`-Z build-std` with the library's
/// `optimize_for_size` feature: its smaller algorithms, e.g. sorting) and leaves out panic
/// locations and Debug formatting (`-Z location-detail=none -Z fmt-debug=none`); a panic
/// traps at once without formatting a message (`-C panic=immediate-abort`), and the
/// page's static/failure.js shows "Noget gik galt — genindlæs siden" for that trap as for
/// any other. What each step saves: docs/performance.md. The only place these flags are
/// written; native builds and tests run on stable.
pub fn wasm_env(cmd: &mut Command, toolchain: &str) {
    cmd.env("RUSTUP_TOOLCHAIN", toolchain)
        .env("CARGO_UNSTABLE_BUILD_STD", "std,panic_abort")
        .env("CARGO_UNSTABLE_BUILD_STD_FEATURES", "optimize_for_size")
        .env(
            "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS",
            "-Zlocation-detail=none -Zfmt-debug=none -Zunstable-options -Cpanic=immediate-abort",
        );
}

/// Cargo's target folder: `CARGO_TARGET_DIR`, else `target`.
pub fn target_dir() -> std::path::PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| "target".into(), Into::into)
}
