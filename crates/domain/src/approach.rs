//! The approach (tilgang) a project takes, as the report's section 2.2 defines it.

/// How a project gets people into work (report section 2.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Approach {
    /// Netværkstilgang: gets *other* companies to hire, through company networks.
    Network,
    /// Forløbstilgang: runs its own upskilling or clarification courses and hires itself.
    Course,
    /// Hybridtilgang: both. The report files AOF Midt's hybrid under course.
    Hybrid,
}

impl Approach {
    /// All approaches, in the order the page offers them.
    pub const ALL: [Approach; 3] = [Approach::Network, Approach::Course, Approach::Hybrid];

    /// The value used in URLs and form controls.
    pub const fn code(self) -> &'static str {
        match self {
            Approach::Network => "network",
            Approach::Course => "course",
            Approach::Hybrid => "hybrid",
        }
    }

    /// Reads a URL/form value; Danish words are accepted too.
    pub fn from_code(code: &str) -> Option<Approach> {
        match super::letters::lowercase(code.trim()).as_str() {
            "network" | "netværk" | "netvaerk" | "netværkstilgang" | "netvaerkstilgang" => {
                Some(Approach::Network)
            }
            "course" | "forløb" | "forloeb" | "forløbstilgang" | "forloebstilgang" => {
                Some(Approach::Course)
            }
            "hybrid" | "hybridtilgang" => Some(Approach::Hybrid),
            _ => None,
        }
    }

    /// The round-one group this approach is compared with. The report has only two
    /// groups and files the one hybrid project (AOF Midt) under course.
    pub const fn comparison_group(self) -> Approach {
        match self {
            Approach::Network => Approach::Network,
            Approach::Course | Approach::Hybrid => Approach::Course,
        }
    }
}
