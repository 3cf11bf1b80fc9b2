//! Every user-facing string, per language. Danish now; English is a second table.

use crate::domain::amount_input::AmountError;
use crate::domain::approach::Approach;
use crate::domain::count_input::CountError;
use crate::domain::money::{danish_count, Money};

/// The language of the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    /// Dansk, the default.
    #[default]
    Da,
}

/// The fixed texts of the page.
#[derive(Debug)]
pub struct Texts {
    pub title: &'static str,
    pub lead: &'static str,
    pub application_heading: &'static str,
    pub budget_label: &'static str,
    pub budget_hint: &'static str,
    pub target_label: &'static str,
    pub target_hint: &'static str,
    pub approach_legend: &'static str,
    pub approach_unset: &'static str,
    pub scenario_heading: &'static str,
    pub scenario_lead: &'static str,
    pub hires_label: &'static str,
    pub expenses_label: &'static str,
    pub expenses_hint: &'static str,
    pub results_heading: &'static str,
    pub results_missing: &'static str,
    pub unit_price_label: &'static str,
    pub unit_price_note: &'static str,
    pub threshold_label: &'static str,
    pub threshold_note: &'static str,
    pub payout_heading: &'static str,
    pub interim_label: &'static str,
    pub interim_note_reached: &'static str,
    pub interim_note_not_reached: &'static str,
    pub final_label: &'static str,
    pub repayment_label: &'static str,
    pub total_label: &'static str,
    pub own_financing_label: &'static str,
    pub per_hire_label: &'static str,
    pub per_hire_note: &'static str,
    pub withheld: &'static str,
    pub rule_heading: &'static str,
    pub rule_plain: [&'static str; 4],
    pub rule_quote: &'static str,
    pub rule_source: &'static str,
    pub compare_heading: &'static str,
    pub average_label: &'static str,
    pub median_label: &'static str,
    pub min_label: &'static str,
    pub max_label: &'static str,
    pub table_caption: &'static str,
    pub col_project: &'static str,
    pub col_approach: &'static str,
    pub col_grant: &'static str,
    pub col_target: &'static str,
    pub col_unit_price: &'static str,
    pub col_hires: &'static str,
    pub col_achievement: &'static str,
    pub your_application: &'static str,
    pub not_reported: &'static str,
    pub not_verified_mark: &'static str,
    pub hybrid_in_bilag_a: &'static str,
    pub caveats_heading: &'static str,
    pub caveats: [&'static str; 4],
    pub table_source: &'static str,
    pub disclaimer: &'static str,
    pub error_prefix: &'static str,
}

/// The Danish texts.
pub const DA: Texts = Texts {
    title: "Puljeberegner",
    lead: "Beregn enhedspris og udbetaling for puljen til udbredelse af virksomheders sociale ansvar, og se hvordan jeres ansøgning ligger i forhold til de ni projekter i første runde.",
    application_heading: "Jeres ansøgning",
    budget_label: "Ansøgt beløb",
    budget_hint: "I kroner, fx 1.250.000 eller 1.250.000,50",
    target_label: "Resultatmål (antal ansættelser)",
    target_hint: "Et helt antal personer, 1 til 100.000",
    approach_legend: "Tilgang",
    approach_unset: "Vælg en tilgang for at blive sammenlignet med projekter med samme tilgang.",
    scenario_heading: "Jeres scenarie ved projektets afslutning",
    scenario_lead: "Hvad sker der med udbetalingen, hvis I får færre ansættelser eller bruger færre penge end planlagt?",
    hires_label: "Ansættelser verificeret af STAR",
    expenses_label: "Afholdte udgifter",
    expenses_hint: "I kroner. Tomt = det ansøgte beløb",
    results_heading: "Resultat",
    results_missing: "Udfyld ansøgt beløb og resultatmål for at se beregningen.",
    unit_price_label: "Estimeret enhedspris",
    unit_price_note: "Ansøgt beløb divideret med resultatmålet, i hele kroner (som i rapportens tabel 3).",
    threshold_label: "Ansættelser før første rate",
    threshold_note: "50 % af resultatmålet, rundet op. Ansættelserne skal være indsendt og verificeret af STAR.",
    payout_heading: "Udbetaling i jeres scenarie",
    interim_label: "Første rate (højst)",
    interim_note_reached: "Op mod halvdelen af det ansøgte beløb, når 50 % af resultatmålet er nået og verificeret.",
    interim_note_not_reached: "Udbetales ikke: 50 % af resultatmålet nås ikke i scenariet.",
    final_label: "Slutafregning",
    repayment_label: "Tilbagebetaling ved slutafregning",
    total_label: "Samlet udbetaling",
    own_financing_label: "Egenfinansiering",
    per_hire_label: "Udbetaling pr. verificeret ansættelse",
    per_hire_note: "Samlet udbetaling delt med antal verificerede ansættelser. Ingen ansættelser: kan ikke beregnes.",
    withheld: "—",
    rule_heading: "Sådan læser beregneren reglerne",
    rule_plain: [
        "Første rate: når mindst halvdelen af resultatmålet (rundet op) er verificeret af STAR, kan der udbetales op til halvdelen af det ansøgte beløb.",
        "Når 50 % eller mere er nået ved afslutningen: I får jeres afholdte udgifter dækket, dog højst det ansøgte beløb. Er første rate større end det, betales forskellen tilbage.",
        "Når under 50 % er nået ved afslutningen: I får halvdelen af de afholdte udgifter, dog højst halvdelen af det ansøgte beløb.",
        "Ansættelser ud over resultatmålet giver ikke ekstra tilskud. Resten af udgifterne er jeres egenfinansiering.",
    ],
    rule_quote: "Tilskudsmodellen for projekterne har således været, at op mod halvdelen af det ansøgte beløb udbetales, når 50 procent af projektets målsætning er opnået. Hvis der ved projektets afslutning er opnået 50 procent eller mere af målsætningen, udbetales det resterende beløb i forhold til de afholdte udgifter. Er der ved projektets afslutning opnået under 50 procent af målsætningen, udbetales halvdelen af de udgifter, der er givet tilsagn om, på baggrund af det endelige regnskab. […] projekterne har ikke kunnet få udbetalt tilskud, før resultaterne er indsendt til og verificeret af STAR.",
    rule_source: "Evalueringsrapporten, afsnit 1.1 Baggrund",
    compare_heading: "Sammenlignet med første runde",
    average_label: "Gennemsnit, alle ni projekter (tabel 3)",
    median_label: "Median af de ni enhedspriser",
    min_label: "Laveste",
    max_label: "Højeste",
    table_caption: "De ni projekter i første runde og jeres ansøgning, sorteret efter enhedspris",
    col_project: "Projekt",
    col_approach: "Tilgang",
    col_grant: "Tildelt beløb",
    col_target: "Resultatmål",
    col_unit_price: "Enhedspris",
    col_hires: "Verificerede ansættelser",
    col_achievement: "Resultatopnåelse",
    your_application: "Jeres ansøgning",
    not_reported: "Ikke indrapporteret",
    not_verified_mark: "ikke verificeret",
    hybrid_in_bilag_a: "hybrid i bilag A",
    caveats_heading: "Det skal I vide om tallene fra første runde",
    caveats: [
        "Resultaterne er foreløbige (STAR, november 2019). De fleste projekter kørte stadig og vil indrapportere flere ansættelser.",
        "Tre projekter (ISS, AOF Midt og Quick Care) havde endnu ikke indrapporteret resultater.",
        "Ingerfairs ene ansættelse er indrapporteret, men ikke verificeret af STAR; projektet lukkede medio 2019.",
        "Forløbsprojekternes resultatmål er markant mindre end netværksprojekternes.",
    ],
    table_source: "Kilde: Deloitte for STAR, Evaluering af puljen til udbredelse af virksomheders sociale ansvar, februar 2020, tabel 3 (beløb, resultatmål, enhedspris) og tabel 6 (foreløbige resultater).",
    disclaimer: "Beregneren er en vejledning. Det er STAR, der vurderer ansøgningen og træffer afgørelse om tilskud og udbetaling.",
    error_prefix: "Fejl:",
};

impl Lang {
    /// The fixed texts of this language.
    pub const fn texts(self) -> &'static Texts {
        match self {
            Lang::Da => &DA,
        }
    }

    /// The `lang` attribute value.
    pub const fn code(self) -> &'static str {
        match self {
            Lang::Da => "da",
        }
    }

    /// An amount as this language writes it: `24.561 kr.`.
    pub fn money(self, m: Money) -> String {
        match self {
            Lang::Da => m.to_danish(),
        }
    }

    /// A count as this language writes it: `1.000`.
    pub fn count(self, n: u32) -> String {
        match self {
            Lang::Da => danish_count(u64::from(n)),
        }
    }

    /// The approach's name.
    pub const fn approach_name(self, a: Approach) -> &'static str {
        match (self, a) {
            (Lang::Da, Approach::Network) => "Netværkstilgang",
            (Lang::Da, Approach::Course) => "Forløbstilgang",
            (Lang::Da, Approach::Hybrid) => "Hybridtilgang",
        }
    }

    /// The approach's short name for tables.
    pub const fn approach_short(self, a: Approach) -> &'static str {
        match (self, a) {
            (Lang::Da, Approach::Network) => "Netværk",
            (Lang::Da, Approach::Course) => "Forløb",
            (Lang::Da, Approach::Hybrid) => "Hybrid",
        }
    }

    /// One line explaining the approach, from the report's section 2.2.
    pub const fn approach_explanation(self, a: Approach) -> &'static str {
        match (self, a) {
            (Lang::Da, Approach::Network) => "I får andre virksomheder til at ansætte borgere i målgruppen, fx gennem virksomhedsnetværk.",
            (Lang::Da, Approach::Course) => "I gennemfører selv praktik- eller opkvalificeringsforløb for borgerne med henblik på ansættelse i egen virksomhed.",
            (Lang::Da, Approach::Hybrid) => "Begge dele. Rapporten placerer AOF Midts hybridprojekt under forløbstilgangen, så I sammenlignes med forløbsprojekterne.",
        }
    }

    /// What is wrong with a typed amount and what to type instead.
    pub fn amount_error(self, e: &AmountError) -> String {
        match (self, e) {
            (Lang::Da, AmountError::Empty) => "Skriv et beløb i kroner, fx 1.250.000.".into(),
            (Lang::Da, AmountError::Letters) => "Beløbet må kun indeholde tal og evt. »kr.«. Skriv fx 1.250.000.".into(),
            (Lang::Da, AmountError::Negative) => "Beløbet kan ikke være negativt. Skriv fx 1.250.000.".into(),
            (Lang::Da, AmountError::Symbol(c)) => format!("Tegnet »{c}« hører ikke til et beløb. Brug tal, punktum mellem tusinder og komma før øre, fx 1.250.000,50."),
            (Lang::Da, AmountError::TooManyDecimals) => "Højst to decimaler (øre) efter kommaet. Tusinder skilles med punktum: 12.345 – øre med komma: 12.345,50.".into(),
            (Lang::Da, AmountError::MalformedGrouping) => "Punktum eller mellemrum skal stå mellem grupper af tre cifre. Skriv fx 5.649.208 eller 5649208.".into(),
            (Lang::Da, AmountError::MalformedDecimals) => "Brug ét komma, og kun før øre. Skriv fx 1.234.567,50 eller 1.234.567,-.".into(),
            (Lang::Da, AmountError::TooLarge) => "Beløbet er over 1.000.000.000 kr. (hele puljen er 45 mio. kr.). Skriv et beløb på højst 1.000.000.000 kr.".into(),
            (Lang::Da, AmountError::Zero) => "Det ansøgte beløb skal være over 0 kr. Skriv fx 1.250.000.".into(),
        }
    }

    /// What is wrong with a typed number of hires and what to type instead.
    pub fn count_error(self, e: &CountError) -> String {
        match (self, e) {
            (Lang::Da, CountError::Empty) => "Skriv et helt antal ansættelser, fx 17.".into(),
            (Lang::Da, CountError::Letters) => "Skriv antallet med cifre, fx 17.".into(),
            (Lang::Da, CountError::Negative) => {
                "Antallet kan ikke være negativt. Skriv fx 17.".into()
            }
            (Lang::Da, CountError::NotWhole) => {
                "Ansættelser tælles i hele personer. Skriv et helt tal uden komma, fx 17.".into()
            }
            (Lang::Da, CountError::Malformed) => {
                "Skriv et helt antal med cifre, fx 17 eller 1.000.".into()
            }
            (Lang::Da, CountError::TooSmall { min }) => {
                format!("Antallet skal være mindst {min}. Skriv fx 17.")
            }
            (Lang::Da, CountError::TooLarge { max }) => format!(
                "Højst {} ansættelser. Skriv et mindre tal.",
                danish_count(u64::from(*max))
            ),
        }
    }

    /// An approach value that is not one of the three.
    pub fn approach_error(self, value: &str) -> String {
        match self {
            Lang::Da => format!("»{value}« er ikke en tilgang. Vælg netværkstilgang, forløbstilgang eller hybridtilgang."),
        }
    }

    /// The hint under the hires field, naming the default.
    pub fn hires_hint(self, target: Option<u32>) -> String {
        match (self, target) {
            (Lang::Da, Some(t)) => format!(
                "Et helt antal. Tomt = resultatmålet ({})",
                danish_count(u64::from(t))
            ),
            (Lang::Da, None) => "Et helt antal. Tomt = resultatmålet".into(),
        }
    }

    /// The threshold line of the scenario: reached or not, with the numbers.
    pub fn threshold_status(self, hires: u32, needed: u32, reached: bool) -> String {
        match (self, reached) {
            (Lang::Da, true) => format!("Med {hires} verificerede ansættelser er 50 %-grænsen ({needed}) nået."),
            (Lang::Da, false) => format!("Med {hires} verificerede ansættelser er 50 %-grænsen ({needed}) ikke nået: I får kun halvdelen af udgifterne dækket."),
        }
    }

    /// The rank of the application among round one.
    pub fn rank_sentence(self, rank: usize, cheaper: usize) -> String {
        match self {
            Lang::Da => format!(
                "Nr. {rank} af 10 fra billigst: {cheaper} af de ni projekter i første runde har en lavere enhedspris."
            ),
        }
    }

    /// The label of the same-approach average.
    pub fn group_average_label(self, group: Approach) -> String {
        match (self, group) {
            (Lang::Da, Approach::Network) => "Gennemsnit, netværksprojekter (samlet beløb / samlet resultatmål)".into(),
            (Lang::Da, _) => "Gennemsnit, forløbsprojekter inkl. AOF Midts hybrid (samlet beløb / samlet resultatmål)".into(),
        }
    }
}
