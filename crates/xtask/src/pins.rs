//! The build's tool versions, pinned in one place (`tools.toml`) and cross-checked against
//! every other file that names one and against the installed tools, so that a tool update
//! fails here, with what differs, and not later as a strange build.

use serde::Deserialize;

/// `tools.toml`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Pins {
    /// Trunk (`cargo install trunk`).
    pub trunk: String,
    /// wasm-bindgen: the crate's `=` pin and wasm-bindgen-cli.
    pub wasm_bindgen: String,
    /// binaryen's wasm-opt (npm `binaryen@…`): its major version.
    pub binaryen: String,
    /// The rustup toolchain of every release wasm.
    pub wasm_toolchain: String,
}

impl Pins {
    /// Reads `tools.toml`'s text.
    pub fn parse(text: &str) -> Result<Self, String> {
        toml::from_str(text).map_err(|e| format!("tools.toml: {e}"))
    }

    /// `Cargo.toml` (`what` names it) must pin wasm-bindgen with `=` to our version.
    pub fn check_cargo_toml(&self, what: &str, text: &str) -> Result<(), String> {
        let doc: toml::Table = toml::from_str(text).map_err(|e| format!("{what}: {e}"))?;
        let pin = doc
            .get("dependencies")
            .and_then(|d| d.get("wasm-bindgen"))
            .and_then(|v| {
                v.as_str()
                    .or_else(|| v.get("version").and_then(|v| v.as_str()))
            });
        let want = format!("={}", self.wasm_bindgen);
        match pin {
            Some(p) if p == want => Ok(()),
            Some(p) => Err(format!(
                "{what} pins wasm-bindgen = \"{p}\", tools.toml says \"{want}\""
            )),
            None => Err(format!("{what} has no wasm-bindgen dependency")),
        }
    }

    /// `Trunk.toml`'s `[tools]` must name our wasm-bindgen and wasm-opt, so Trunk uses the
    /// installed ones and never downloads.
    pub fn check_trunk_toml(&self, what: &str, text: &str) -> Result<(), String> {
        let doc: toml::Table = toml::from_str(text).map_err(|e| format!("{what}: {e}"))?;
        let tools = doc.get("tools").ok_or(format!("{what} has no [tools]"))?;
        for (key, want) in [
            ("wasm_bindgen", self.wasm_bindgen.clone()),
            ("wasm_opt", format!("version_{}", self.binaryen)),
        ] {
            let got = tools.get(key).and_then(|v| v.as_str());
            if got != Some(want.as_str()) {
                return Err(format!(
                    "{what} [tools] {key} = {got:?}, tools.toml says \"{want}\""
                ));
            }
        }
        Ok(())
    }

    /// The installed tools' `--version` lines against the pins: `trunk 0.21.14`,
    /// `wasm-bindgen 0.2.130`, `wasm-opt version 132 (version_132)`.
    pub fn check_installed(
        &self,
        trunk: &str,
        wasm_bindgen: &str,
        wasm_opt: &str,
    ) -> Result<(), String> {
        let checks = [
            (
                "trunk",
                trunk.trim() == format!("trunk {}", self.trunk),
                &self.trunk,
                trunk,
            ),
            (
                "wasm-bindgen",
                wasm_bindgen.trim() == format!("wasm-bindgen {}", self.wasm_bindgen),
                &self.wasm_bindgen,
                wasm_bindgen,
            ),
            (
                "wasm-opt",
                wasm_opt
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .windows(2)
                    .any(|w| w == ["version", self.binaryen.as_str()]),
                &self.binaryen,
                wasm_opt,
            ),
        ];
        for (tool, ok, want, got) in checks {
            if !ok {
                return Err(format!(
                    "the installed {tool} says \"{}\", tools.toml pins {want} (make setup installs it)",
                    got.trim()
                ));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PINS: &str = r#"
trunk = "0.21.14"
wasm-bindgen = "0.2.130"
binaryen = "132"
wasm-toolchain = "nightly-2026-05-20"
"#;

    fn pins() -> Pins {
        Pins::parse(PINS).unwrap()
    }

    #[test]
    fn reads_the_pins_and_refuses_unknown_or_missing_ones() {
        assert_eq!(pins().wasm_toolchain, "nightly-2026-05-20");
        assert!(Pins::parse(&format!("{PINS}terser = \"5\"")).is_err());
        assert!(Pins::parse("trunk = \"0.21.14\"").is_err());
    }

    #[test]
    fn cargo_toml_must_pin_the_same_wasm_bindgen() {
        let ok = "[dependencies]\nwasm-bindgen = \"=0.2.130\"\n";
        assert!(pins().check_cargo_toml("Cargo.toml", ok).is_ok());
        let table = "[dependencies]\nwasm-bindgen = { version = \"=0.2.130\" }\n";
        assert!(pins().check_cargo_toml("Cargo.toml", table).is_ok());
        let err = pins()
            .check_cargo_toml(
                "Cargo.toml",
                "[dependencies]\nwasm-bindgen = \"=0.2.131\"\n",
            )
            .unwrap_err();
        assert!(
            err.contains("=0.2.131") && err.contains("=0.2.130"),
            "{err}"
        );
        assert!(pins()
            .check_cargo_toml("Cargo.toml", "[dependencies]\nwasm-bindgen = \"0.2.130\"\n")
            .is_err());
        assert!(pins()
            .check_cargo_toml("Cargo.toml", "[dependencies]\n")
            .is_err());
    }

    #[test]
    fn trunk_toml_must_name_the_same_tools() {
        let ok = "[tools]\nwasm_bindgen = \"0.2.130\"\nwasm_opt = \"version_132\"\n";
        assert!(pins().check_trunk_toml("Trunk.toml", ok).is_ok());
        let old = "[tools]\nwasm_bindgen = \"0.2.130\"\nwasm_opt = \"version_123\"\n";
        assert!(pins()
            .check_trunk_toml("Trunk.toml", old)
            .unwrap_err()
            .contains("version_123"));
        assert!(pins().check_trunk_toml("Trunk.toml", "[build]\n").is_err());
    }

    #[test]
    fn the_installed_tools_must_say_the_pinned_versions() {
        let p = pins();
        let opt = "wasm-opt version 132 (version_132)\n";
        assert!(p
            .check_installed("trunk 0.21.14\n", "wasm-bindgen 0.2.130\n", opt)
            .is_ok());
        let err = p
            .check_installed("trunk 0.21.15\n", "wasm-bindgen 0.2.130\n", opt)
            .unwrap_err();
        assert!(
            err.contains("trunk 0.21.15") && err.contains("0.21.14"),
            "{err}"
        );
        assert!(p
            .check_installed("trunk 0.21.14", "wasm-bindgen 0.2.13", opt)
            .is_err());
        assert!(p
            .check_installed(
                "trunk 0.21.14",
                "wasm-bindgen 0.2.130",
                "wasm-opt version 1320"
            )
            .is_err());
    }
}
