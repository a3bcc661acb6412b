//! How this binary was built, as `--list` reports it (values fixed by build.rs).

use serde::Serialize;

#[derive(Serialize, Debug, PartialEq, Eq)]
pub struct BuildInfo {
    pub profile: &'static str,
    pub opt_level: &'static str,
    pub lto: &'static str,
    pub codegen_units: &'static str,
    pub debug: &'static str,
    pub panic: &'static str,
    /// The enabled target features that change the parsers' code (avx2, pclmulqdq, avx512*).
    pub target_features: &'static str,
    pub rustc: &'static str,
    pub serde_json_features: &'static str,
}

pub const BUILD: BuildInfo = BuildInfo {
    profile: env!("JSONBENCH_PROFILE"),
    opt_level: env!("JSONBENCH_OPT_LEVEL"),
    lto: env!("JSONBENCH_LTO"),
    codegen_units: env!("JSONBENCH_CODEGEN_UNITS"),
    debug: env!("JSONBENCH_DEBUG"),
    panic: if cfg!(panic = "unwind") {
        "unwind"
    } else {
        "abort"
    },
    target_features: env!("JSONBENCH_TARGET_FEATURES"),
    rustc: env!("JSONBENCH_RUSTC_VERSION"),
    serde_json_features: env!("JSONBENCH_SERDE_JSON_FEATURES"),
};

impl BuildInfo {
    /// One line for the `notes` of every run, so results carry the build with them.
    pub fn note(&self) -> String {
        format!(
            "build: {}, {} profile, opt-level {}, lto {}, codegen-units {}, panic {}, \
             target features [{}], serde_json features [{}]",
            self.rustc,
            self.profile,
            self.opt_level,
            self.lto,
            self.codegen_units,
            self.panic,
            self.target_features,
            self.serde_json_features
        )
    }
}
