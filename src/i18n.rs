//! Every user-facing string, per language: Danish (the default) and English.

use crate::domain::amount_input::AmountError;
use crate::domain::approach::Approach;
use crate::domain::count_input::CountError;
use crate::domain::money::{danish_count, format_count, Money, NumberFormat};

/// The language of the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    /// Dansk, the default.
    #[default]
    Da,
    /// English (`?lang=en`).
    En,
}

/// The fixed texts of the page.
#[derive(Debug)]
pub struct Texts {
    pub lead: &'static str,
    pub application_heading: &'static str,
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
    pub col_grant: &'static str,
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
    pub flags_heading: &'static str,
    pub no_flags: &'static str,
}

/// The Danish texts.
pub const DA: Texts = Texts {
    lead: "Beregn enhedspris og udbetaling for puljen til udbredelse af virksomheders sociale ansvar, og se hvordan jeres ansøgning ligger i forhold til de ni projekter i første runde.",
    application_heading: "Jeres ansøgning",
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
    col_grant: "Tildelt beløb",
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
    flags_heading: "Værd at se nærmere på",
    no_flags: "Ingen bemærkninger: tallene ligger inden for det, første runde viste.",
};

/// The English texts.
pub const EN: Texts = Texts {
    lead: "Work out the unit price and the payout for the Danish pool for spreading companies' social responsibility (puljen til udbredelse af virksomheders sociale ansvar), and see how your application compares with the nine projects of round one.",
    application_heading: "Your application",
    budget_hint: "In Danish kroner, e.g. 1,250,000 or 1,250,000.50",
    target_label: "Target (number of hires)",
    target_hint: "A whole number of people, 1 to 100,000",
    approach_legend: "Approach",
    approach_unset: "Choose an approach to be compared with the projects that took the same approach.",
    scenario_heading: "Your scenario at the end of the project",
    scenario_lead: "What happens to the payout if you get fewer hires or spend less than planned?",
    hires_label: "Hires verified by STAR",
    expenses_label: "Actual expenses",
    expenses_hint: "In Danish kroner. Empty = the amount applied for",
    results_heading: "Result",
    results_missing: "Enter the amount applied for and the target to see the calculation.",
    unit_price_label: "Estimated unit price",
    unit_price_note: "The amount applied for divided by the target, in whole kroner (as in Table 3 of the report).",
    threshold_label: "Hires before the first payment",
    threshold_note: "50 % of the target, rounded up. The hires must be submitted to and verified by STAR.",
    payout_heading: "Payout in your scenario",
    interim_label: "First payment (at most)",
    interim_note_reached: "Up to half the amount applied for, once 50 % of the target is reached and verified.",
    interim_note_not_reached: "Not paid: the scenario does not reach 50 % of the target.",
    final_label: "Final settlement",
    repayment_label: "Repayment at the final settlement",
    total_label: "Total payout",
    own_financing_label: "Own financing",
    per_hire_label: "Payout per verified hire",
    per_hire_note: "Total payout divided by the number of verified hires. No hires: cannot be computed.",
    withheld: "—",
    rule_heading: "How the calculator reads the rules",
    rule_plain: [
        "First payment: once at least half the target (rounded up) is verified by STAR, up to half the amount applied for can be paid.",
        "If 50 % or more is reached at the end: your actual expenses are covered, at most the amount applied for. If the first payment was larger, the difference is paid back.",
        "If less than 50 % is reached at the end: half your actual expenses are paid, at most half the amount applied for.",
        "Hires above the target earn nothing extra. The rest of the expenses is your own financing.",
    ],
    rule_quote: DA.rule_quote,
    rule_source: "The evaluation report, section 1.1 Baggrund (quoted in Danish)",
    compare_heading: "Compared with round one",
    average_label: "Average, all nine projects (Table 3)",
    median_label: "Median of the nine unit prices",
    min_label: "Lowest",
    max_label: "Highest",
    table_caption: "The nine projects of round one and your application, by unit price",
    col_grant: "Amount granted",
    col_unit_price: "Unit price",
    col_hires: "Verified hires",
    col_achievement: "Achievement",
    your_application: "Your application",
    not_reported: "Not reported",
    not_verified_mark: "not verified",
    hybrid_in_bilag_a: "hybrid in Appendix A",
    caveats_heading: "What you should know about the round-one figures",
    caveats: [
        "The results are preliminary (STAR, November 2019). Most projects were still running and will report more hires.",
        "Three projects (ISS, AOF Midt and Quick Care) had not yet reported results.",
        "Ingerfair's one hire was reported but not verified by STAR; the project closed in mid-2019.",
        "The course projects' targets are far smaller than the network projects'.",
    ],
    table_source: "Source: Deloitte for STAR, Evaluering af puljen til udbredelse af virksomheders sociale ansvar, February 2020, Table 3 (amounts, targets, unit prices) and Table 6 (preliminary results).",
    flags_heading: "Worth a closer look",
    no_flags: "No remarks: the figures lie within what round one showed.",
};

// ---- What both pages show: the site's frame, the shared column names, the share link ----

/// The texts of both pages (calculator and batch check): header, navigation, footer, the
/// column names they share and the share link. Kept apart from [`Texts`] and
/// [`BatchTexts`] so each page's wasm carries only its own page's texts.
#[derive(Debug)]
pub struct SiteTexts {
    pub title: &'static str,
    pub nav_label: &'static str,
    pub nav_calculator: &'static str,
    pub nav_batch: &'static str,
    pub col_project: &'static str,
    pub budget_label: &'static str,
    pub col_target: &'static str,
    pub col_approach: &'static str,
    pub link_label: &'static str,
    pub copy_link: &'static str,
    pub copied: &'static str,
    pub copy_fallback: &'static str,
    pub disclaimer: &'static str,
    /// Before a field's error message, for screen readers (DKFDS: "Fejl:").
    pub error_prefix: &'static str,
}

/// The Danish texts of both pages.
pub const DA_SITE: SiteTexts = SiteTexts {
    title: "Puljeberegner",
    nav_label: "Visninger",
    nav_calculator: "Beregner",
    nav_batch: "Sagsbehandler: tjek mange ansøgninger",
    col_project: "Projekt",
    budget_label: "Ansøgt beløb",
    col_target: "Resultatmål",
    col_approach: "Tilgang",
    link_label: "Link til denne beregning",
    copy_link: "Kopiér link",
    copied: "Linket er kopieret.",
    copy_fallback: "Linket er markeret. Kopiér det med Ctrl+C (⌘+C på Mac).",
    disclaimer: "Beregneren er en vejledning. Det er STAR, der vurderer ansøgningen og træffer afgørelse om tilskud og udbetaling.",
    error_prefix: "Fejl:",
};

/// The English texts of both pages.
pub const EN_SITE: SiteTexts = SiteTexts {
    title: "Grant calculator",
    nav_label: "Views",
    nav_calculator: "Calculator",
    nav_batch: "Caseworkers: check many applications",
    col_project: "Project",
    budget_label: "Amount applied for",
    col_target: "Target",
    col_approach: "Approach",
    link_label: "Link to this calculation",
    copy_link: "Copy link",
    copied: "The link is copied.",
    copy_fallback: "The link is selected. Copy it with Ctrl+C (⌘+C on a Mac).",
    disclaimer: "The calculator is a guide. STAR assesses the application and decides on the grant and the payout.",
    error_prefix: "Error:",
};

impl Lang {
    /// The language of this build's pages. Each page's wasm is built for one language
    /// (feature `lang-da` or `lang-en`, see the Makefile) so it carries only that
    /// language's texts; a build without either (the tests, the pre-render step) has both.
    /// A page opened with the other language's `lang` goes to that language's page first.
    pub const PAGE: Lang = if cfg!(feature = "lang-en") {
        Lang::En
    } else {
        Lang::Da
    };

    /// The language whose texts are shown: `self`, except in a one-language build, where
    /// it is that language, so the other one's texts are left out of the wasm. (A page
    /// never renders in the other language: it goes to that language's page instead.)
    pub const fn shown(self) -> Lang {
        if cfg!(feature = "lang-en") {
            Lang::En
        } else if cfg!(feature = "lang-da") {
            Lang::Da
        } else {
            self
        }
    }

    /// The fixed texts of this language.
    pub const fn texts(self) -> &'static Texts {
        match self.shown() {
            Lang::Da => &DA,
            Lang::En => &EN,
        }
    }

    /// The texts both pages show (frame, navigation, shared column names, share link).
    pub const fn site_texts(self) -> &'static SiteTexts {
        match self.shown() {
            Lang::Da => &DA_SITE,
            Lang::En => &EN_SITE,
        }
    }

    /// The `lang` attribute value, also the `lang` URL parameter.
    pub const fn code(self) -> &'static str {
        match self {
            Lang::Da => "da",
            Lang::En => "en",
        }
    }

    /// Reads the `lang` URL parameter; anything but English is Danish.
    pub fn from_code(code: &str) -> Lang {
        if code.trim().eq_ignore_ascii_case("en") {
            Lang::En
        } else {
            Lang::Da
        }
    }

    /// The other language, for the language switch.
    pub const fn other(self) -> Lang {
        match self {
            Lang::Da => Lang::En,
            Lang::En => Lang::Da,
        }
    }

    /// The other language's name, in that language (the switch's link text).
    pub const fn switch_label(self) -> &'static str {
        match self.shown() {
            Lang::Da => "English",
            Lang::En => "Dansk",
        }
    }

    /// How numbers are written and read in this language.
    pub const fn number_format(self) -> NumberFormat {
        match self {
            Lang::Da => NumberFormat::Danish,
            Lang::En => NumberFormat::English,
        }
    }

    /// An amount as this language writes it: `24.561 kr.` or `DKK 24,561`.
    pub fn money(self, m: Money) -> String {
        m.format(self.shown().number_format())
    }

    /// A count as this language writes it: `1.000` or `1,000`.
    pub fn count(self, n: u32) -> String {
        format_count(u64::from(n), self.shown().number_format())
    }

    /// The approach's name.
    pub const fn approach_name(self, a: Approach) -> &'static str {
        match (self.shown(), a) {
            (Lang::Da, Approach::Network) => "Netværkstilgang",
            (Lang::Da, Approach::Course) => "Forløbstilgang",
            (Lang::Da, Approach::Hybrid) => "Hybridtilgang",
            (Lang::En, Approach::Network) => "Network approach",
            (Lang::En, Approach::Course) => "Course approach",
            (Lang::En, Approach::Hybrid) => "Hybrid approach",
        }
    }

    /// The approach's short name for tables.
    pub const fn approach_short(self, a: Approach) -> &'static str {
        match (self.shown(), a) {
            (Lang::Da, Approach::Network) => "Netværk",
            (Lang::Da, Approach::Course) => "Forløb",
            (Lang::Da, Approach::Hybrid) => "Hybrid",
            (Lang::En, Approach::Network) => "Network",
            (Lang::En, Approach::Course) => "Course",
            (Lang::En, Approach::Hybrid) => "Hybrid",
        }
    }

    /// One line explaining the approach, from the report's section 2.2.
    pub const fn approach_explanation(self, a: Approach) -> &'static str {
        match (self.shown(), a) {
            (Lang::Da, Approach::Network) => "I får andre virksomheder til at ansætte borgere i målgruppen, fx gennem virksomhedsnetværk.",
            (Lang::Da, Approach::Course) => "I gennemfører selv praktik- eller opkvalificeringsforløb for borgerne med henblik på ansættelse i egen virksomhed.",
            (Lang::Da, Approach::Hybrid) => "Begge dele. Rapporten placerer AOF Midts hybridprojekt under forløbstilgangen, så I sammenlignes med forløbsprojekterne.",
            (Lang::En, Approach::Network) => "You get other companies to hire people from the target group, e.g. through company networks.",
            (Lang::En, Approach::Course) => "You run your own work-placement or upskilling courses and hire the participants in your own company.",
            (Lang::En, Approach::Hybrid) => "Both. The report files AOF Midt's hybrid project under the course approach, so you are compared with the course projects.",
        }
    }

    /// What is wrong with a typed amount and what to type instead.
    pub fn amount_error(self, e: &AmountError) -> String {
        Lang::amount_error_in(self.shown(), e)
    }

    /// [`Lang::amount_error`] in exactly `lang`, also in a one-language build: the batch
    /// reads amounts in the Danish format in both languages, so it says what to type in
    /// Danish ([`Lang::batch_row_error`]).
    fn amount_error_in(lang: Lang, e: &AmountError) -> String {
        match (lang, e) {
            (Lang::Da, AmountError::Empty) => "Skriv et beløb i kroner, fx 1.250.000.".into(),
            (Lang::Da, AmountError::Letters) => "Beløbet må kun indeholde tal og evt. »kr.«. Skriv fx 1.250.000.".into(),
            (Lang::Da, AmountError::Negative) => "Beløbet kan ikke være negativt. Skriv fx 1.250.000.".into(),
            (Lang::Da, AmountError::Symbol(c)) => format!("Tegnet »{c}« hører ikke til et beløb. Brug tal, punktum mellem tusinder og komma før øre, fx 1.250.000,50."),
            (Lang::Da, AmountError::TooManyDecimals) => "Højst to decimaler (øre) efter kommaet. Tusinder skilles med punktum: 12.345 – øre med komma: 12.345,50.".into(),
            (Lang::Da, AmountError::MalformedGrouping) => "Punktum eller mellemrum skal stå mellem grupper af tre cifre. Skriv fx 5.649.208 eller 5649208.".into(),
            (Lang::Da, AmountError::MalformedDecimals) => "Brug ét komma, og kun før øre. Skriv fx 1.234.567,50 eller 1.234.567,-.".into(),
            (Lang::Da, AmountError::TooLarge) => "Beløbet er over 1.000.000.000 kr. (hele puljen er 45 mio. kr.). Skriv et beløb på højst 1.000.000.000 kr.".into(),
            (Lang::Da, AmountError::Zero) => "Det ansøgte beløb skal være over 0 kr. Skriv fx 1.250.000.".into(),
            (Lang::Da, AmountError::TooLong) => "Feltet kan højst rumme 40 tegn. Skriv kun beløbet, fx 1.250.000.".into(),
            (Lang::En, AmountError::TooLong) => "The field holds at most 40 characters. Enter just the amount, e.g. 1,250,000.".into(),
            (Lang::En, AmountError::Empty) => "Enter an amount in kroner, e.g. 1,250,000.".into(),
            (Lang::En, AmountError::Letters) => "The amount may only hold digits and perhaps \"DKK\". Enter e.g. 1,250,000.".into(),
            (Lang::En, AmountError::Negative) => "The amount cannot be negative. Enter e.g. 1,250,000.".into(),
            (Lang::En, AmountError::Symbol(c)) => format!("The character \"{c}\" does not belong in an amount. Use digits, commas between thousands and a point before øre, e.g. 1,250,000.50."),
            (Lang::En, AmountError::TooManyDecimals) => "At most two decimals (øre) after the point. Thousands are separated by commas: 12,345 – øre by a point: 12,345.50.".into(),
            (Lang::En, AmountError::MalformedGrouping) => "Commas or spaces must separate groups of three digits. Enter e.g. 5,649,208 or 5649208.".into(),
            (Lang::En, AmountError::MalformedDecimals) => "Use one point, only before øre. Enter e.g. 1,234,567.50.".into(),
            (Lang::En, AmountError::TooLarge) => "The amount is above DKK 1,000,000,000 (the whole pool is DKK 45 million). Enter at most DKK 1,000,000,000.".into(),
            (Lang::En, AmountError::Zero) => "The amount applied for must be above DKK 0. Enter e.g. 1,250,000.".into(),
        }
    }

    /// What is wrong with a typed number of hires and what to type instead.
    pub fn count_error(self, e: &CountError) -> String {
        Lang::count_error_in(self.shown(), e)
    }

    /// [`Lang::count_error`] in exactly `lang` (see [`Lang::amount_error_in`]).
    fn count_error_in(lang: Lang, e: &CountError) -> String {
        match (lang, e) {
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
            (Lang::Da, CountError::TooLong) => {
                "Feltet kan højst rumme 40 tegn. Skriv kun antallet, fx 17.".into()
            }
            (Lang::En, CountError::TooLong) => {
                "The field holds at most 40 characters. Enter just the number, e.g. 17.".into()
            }
            (Lang::En, CountError::Empty) => "Enter a whole number of hires, e.g. 17.".into(),
            (Lang::En, CountError::Letters) => "Enter the number in digits, e.g. 17.".into(),
            (Lang::En, CountError::Negative) => {
                "The number cannot be negative. Enter e.g. 17.".into()
            }
            (Lang::En, CountError::NotWhole) => {
                "Hires are whole people. Enter a whole number without a decimal point, e.g. 17."
                    .into()
            }
            (Lang::En, CountError::Malformed) => {
                "Enter a whole number in digits, e.g. 17 or 1,000.".into()
            }
            (Lang::En, CountError::TooSmall { min }) => {
                format!("The number must be at least {min}. Enter e.g. 17.")
            }
            (Lang::En, CountError::TooLarge { max }) => format!(
                "At most {} hires. Enter a smaller number.",
                format_count(u64::from(*max), NumberFormat::English)
            ),
        }
    }

    /// An approach value that is not one of the three.
    pub fn approach_error(self, value: &str) -> String {
        match self.shown() {
            Lang::Da => format!("»{value}« er ikke en tilgang. Vælg netværkstilgang, forløbstilgang eller hybridtilgang."),
            Lang::En => format!("\"{value}\" is not an approach. Choose the network, course or hybrid approach."),
        }
    }

    /// The hint under the hires field, naming the default.
    pub fn hires_hint(self, target: Option<u32>) -> String {
        match (self.shown(), target) {
            (Lang::Da, Some(t)) => format!(
                "Et helt antal. Tomt = resultatmålet ({})",
                danish_count(u64::from(t))
            ),
            (Lang::Da, None) => "Et helt antal. Tomt = resultatmålet".into(),
            (Lang::En, Some(t)) => {
                format!("A whole number. Empty = the target ({})", self.count(t))
            }
            (Lang::En, None) => "A whole number. Empty = the target".into(),
        }
    }

    /// The threshold line of the scenario: reached or not, with the numbers.
    pub fn threshold_status(self, hires: u32, needed: u32, reached: bool) -> String {
        match (self.shown(), reached) {
            (Lang::Da, true) => format!("Med {} er 50 %-grænsen ({needed}) nået.", self.hires_phrase(hires, true)),
            (Lang::Da, false) => format!("Med {} er 50 %-grænsen ({needed}) ikke nået: I får kun halvdelen af udgifterne dækket.", self.hires_phrase(hires, true)),
            (Lang::En, true) => format!("With {} the 50 % threshold ({needed}) is reached.", self.hires_phrase(hires, true)),
            (Lang::En, false) => format!("With {} the 50 % threshold ({needed}) is not reached: only half your expenses are covered.", self.hires_phrase(hires, true)),
        }
    }

    /// A number of hires with the noun in the right number: "1 ansættelse",
    /// "12 verificerede ansættelser".
    pub fn hires_phrase(self, n: u32, verified: bool) -> String {
        match (self.shown(), n == 1, verified) {
            (Lang::Da, true, true) => "1 verificeret ansættelse".into(),
            (Lang::Da, true, false) => "1 ansættelse".into(),
            (Lang::Da, false, true) => format!("{} verificerede ansættelser", self.count(n)),
            (Lang::Da, false, false) => format!("{} ansættelser", self.count(n)),
            (Lang::En, true, true) => "1 verified hire".into(),
            (Lang::En, true, false) => "1 hire".into(),
            (Lang::En, false, true) => format!("{} verified hires", self.count(n)),
            (Lang::En, false, false) => format!("{} hires", self.count(n)),
        }
    }

    /// The rank of the application among round one.
    pub fn rank_sentence(self, rank: usize, cheaper: usize) -> String {
        match self.shown() {
            Lang::Da => format!(
                "Nr. {rank} af 10 fra billigst: {cheaper} af de ni projekter i første runde har en lavere enhedspris."
            ),
            Lang::En => format!(
                "No. {rank} of 10 from the cheapest: {cheaper} of the nine round-one projects have a lower unit price."
            ),
        }
    }

    /// The label of the same-approach average.
    pub fn group_average_label(self, group: Approach) -> String {
        match (self.shown(), group) {
            (Lang::Da, Approach::Network) => "Gennemsnit, netværksprojekter (samlet beløb / samlet resultatmål)".into(),
            (Lang::Da, _) => "Gennemsnit, forløbsprojekter inkl. AOF Midts hybrid (samlet beløb / samlet resultatmål)".into(),
            (Lang::En, Approach::Network) => "Average, network projects (total amount / total target)".into(),
            (Lang::En, _) => "Average, course projects incl. AOF Midt's hybrid (total amount / total target)".into(),
        }
    }
}

/// The batch check, its plausibility flags and its CSV export.
impl Lang {
    /// A plausibility flag as a sentence with both figures.
    pub fn flag(self, f: &crate::domain::flags::Flag) -> String {
        use crate::domain::flags::Flag;
        match (self.shown(), *f) {
            (Lang::Da, Flag::UnitPriceAboveRoundOne { unit_price, highest, project }) => format!(
                "Enhedsprisen {} er højere end alle ni projekter i første runde (højeste: {}, {project}).",
                unit_price.to_danish(),
                highest.to_danish()
            ),
            (Lang::Da, Flag::UnitPriceBelowRoundOne { unit_price, lowest, project }) => format!(
                "Enhedsprisen {} er lavere end alle ni projekter i første runde (laveste: {}, {project}).",
                unit_price.to_danish(),
                lowest.to_danish()
            ),
            (Lang::Da, Flag::UnitPriceAboveTwiceGroupAverage { unit_price, group_average, group }) => format!(
                "Enhedsprisen {} er mere end dobbelt så høj som gennemsnittet for {} i første runde ({}).",
                unit_price.to_danish(),
                self.group_projects(group),
                group_average.to_danish()
            ),
            (Lang::Da, Flag::UnitPriceBelowHalfGroupAverage { unit_price, group_average, group }) => format!(
                "Enhedsprisen {} er under halvdelen af gennemsnittet for {} i første runde ({}).",
                unit_price.to_danish(),
                self.group_projects(group),
                group_average.to_danish()
            ),
            (Lang::Da, Flag::TargetAboveGroup { target, largest, project, group }) => format!(
                "Resultatmålet på {} ansættelser er større end hos alle {} i første runde (største: {}, {project}).",
                danish_count(u64::from(target)),
                self.group_projects(group),
                danish_count(u64::from(largest))
            ),
            (Lang::Da, Flag::BudgetAboveRoundOne { budget, largest, project }) => format!(
                "Det ansøgte beløb på {} er større end alle bevillinger i første runde (største: {}, {project}).",
                budget.to_danish(),
                largest.to_danish()
            ),
            (Lang::En, Flag::UnitPriceAboveRoundOne { unit_price, highest, project }) => format!(
                "The unit price {} is higher than all nine projects of round one (highest: {}, {project}).",
                self.money(unit_price), self.money(highest)
            ),
            (Lang::En, Flag::UnitPriceBelowRoundOne { unit_price, lowest, project }) => format!(
                "The unit price {} is lower than all nine projects of round one (lowest: {}, {project}).",
                self.money(unit_price), self.money(lowest)
            ),
            (Lang::En, Flag::UnitPriceAboveTwiceGroupAverage { unit_price, group_average, group }) => format!(
                "The unit price {} is more than twice the average of the {} in round one ({}).",
                self.money(unit_price), self.group_projects(group), self.money(group_average)
            ),
            (Lang::En, Flag::UnitPriceBelowHalfGroupAverage { unit_price, group_average, group }) => format!(
                "The unit price {} is below half the average of the {} in round one ({}).",
                self.money(unit_price), self.group_projects(group), self.money(group_average)
            ),
            (Lang::En, Flag::TargetAboveGroup { target, largest, project, group }) => format!(
                "The target of {} hires is larger than that of all {} in round one (largest: {}, {project}).",
                self.count(target), self.group_projects(group), self.count(largest)
            ),
            (Lang::En, Flag::BudgetAboveRoundOne { budget, largest, project }) => format!(
                "The amount applied for, {}, is larger than every grant in round one (largest: {}, {project}).",
                self.money(budget), self.money(largest)
            ),
        }
    }

    /// The round-one projects of an approach group, for a flag's sentence.
    pub const fn group_projects(self, group: Approach) -> &'static str {
        match (self.shown(), group) {
            (Lang::Da, Approach::Network) => "netværksprojekterne",
            (Lang::Da, _) => "forløbsprojekterne (inkl. AOF Midts hybrid)",
            (Lang::En, Approach::Network) => "network projects",
            (Lang::En, _) => "course projects (incl. AOF Midt's hybrid)",
        }
    }

    /// A batch column's name.
    pub const fn batch_column(self, c: crate::domain::batch::Column) -> &'static str {
        use crate::domain::batch::Column;
        match (self.shown(), c) {
            (Lang::Da, Column::Name) => "Projekt",
            (Lang::Da, Column::Budget) => "Ansøgt beløb",
            (Lang::Da, Column::Target) => "Resultatmål",
            (Lang::Da, Column::Approach) => "Tilgang",
            (Lang::En, Column::Name) => "Project",
            (Lang::En, Column::Budget) => "Amount applied for",
            (Lang::En, Column::Target) => "Target",
            (Lang::En, Column::Approach) => "Approach",
        }
    }

    /// Why a batch row was not checked, in the single calculator's words.
    pub fn batch_row_error(self, e: &crate::domain::batch::RowError) -> String {
        use crate::domain::batch::{Column, RowError, Separator};
        match (self.shown(), e) {
            // Batch amounts are read in the Danish format (Danish Excel) in both languages,
            // so the Danish messages say what to type.
            (_, RowError::Budget(e)) => format!(
                "{}: {}",
                self.batch_column(Column::Budget),
                Lang::amount_error_in(Lang::Da, e)
            ),
            (_, RowError::Target(e)) => format!(
                "{}: {}",
                self.batch_column(Column::Target),
                Lang::count_error_in(Lang::Da, e)
            ),
            (_, RowError::UnknownApproach(value)) => self.approach_error(value),
            (
                Lang::Da,
                RowError::ColumnCount {
                    expected,
                    found,
                    separator,
                },
            ) => {
                let mut s = format!(
                    "Linjen har {found} {}, men der skal være {expected}: projekt, ansøgt beløb, resultatmål og tilgang.",
                    if *found == 1 { "kolonne" } else { "kolonner" }
                );
                if *separator == Separator::Comma {
                    s.push_str(" Kolonnerne er adskilt med komma, så et beløb med decimaler skal stå i anførselstegn, fx \"1.234,50\".");
                }
                s
            }
            (Lang::Da, RowError::MissingName) => "Projektets navn mangler.".into(),
            (Lang::Da, RowError::MissingApproach) => {
                "Tilgangen mangler. Skriv netværk, forløb eller hybrid.".into()
            }
            (Lang::Da, RowError::UnclosedQuote) => {
                "Et anførselstegn (\") på linjen lukkes aldrig. Linjen er læst for sig selv.".into()
            }
            (
                Lang::En,
                RowError::ColumnCount {
                    expected,
                    found,
                    separator,
                },
            ) => {
                let mut s = format!(
                    "The line has {found} {}, but it needs {expected}: project, amount applied for, target and approach.",
                    if *found == 1 { "column" } else { "columns" }
                );
                if *separator == Separator::Comma {
                    s.push_str(" The columns are separated by commas, so an amount with decimals must be in quotes, e.g. \"1.234,50\".");
                }
                s
            }
            (Lang::En, RowError::MissingName) => "The project's name is missing.".into(),
            (Lang::En, RowError::MissingApproach) => {
                "The approach is missing. Enter network, course or hybrid.".into()
            }
            (Lang::En, RowError::UnclosedQuote) => {
                "A quote (\") on the line is never closed. The line was read on its own.".into()
            }
        }
    }

    /// Why a whole batch was not checked.
    pub fn batch_error(self, e: &crate::domain::batch::BatchError) -> String {
        use crate::domain::batch::BatchError;
        match (self.shown(), e) {
            (Lang::Da, BatchError::TooLarge { bytes, max }) => format!(
                "Teksten fylder {} byte; der kan højst tjekkes {} byte (1 MiB) ad gangen. Del listen op.",
                danish_count(*bytes as u64),
                danish_count(*max as u64)
            ),
            (Lang::Da, BatchError::TooManyRows { max }) => format!(
                "Der er mere end {} ansøgninger; der kan højst tjekkes {} ad gangen. Del listen op.",
                danish_count(*max as u64),
                danish_count(*max as u64)
            ),
            (Lang::Da, BatchError::MissingColumn { column, line }) => format!(
                "Overskriften på linje {line} mangler kolonnen »{}«. Brug overskrifterne Projekt, Ansøgt beløb, Resultatmål og Tilgang – eller udelad overskriften og brug den rækkefølge.",
                self.batch_column(*column)
            ),
            (Lang::Da, BatchError::DuplicateColumn { column, line }) => format!(
                "Overskriften på linje {line} har kolonnen »{}« to gange. Behold én.",
                self.batch_column(*column)
            ),
            (Lang::En, BatchError::TooLarge { bytes, max }) => format!(
                "The text is {} bytes; at most {} bytes (1 MiB) can be checked at a time. Split the list.",
                format_count(*bytes as u64, NumberFormat::English), format_count(*max as u64, NumberFormat::English)
            ),
            (Lang::En, BatchError::TooManyRows { max }) => format!(
                "There are more than {0} applications; at most {0} can be checked at a time. Split the list.",
                format_count(*max as u64, NumberFormat::English)
            ),
            (Lang::En, BatchError::MissingColumn { column, line }) => format!(
                "The header on line {line} lacks the column \"{}\". Use the headers Project, Amount applied for (or Budget), Target and Approach – or leave out the header and use that order.",
                self.batch_column(*column)
            ),
            (Lang::En, BatchError::DuplicateColumn { column, line }) => format!(
                "The header on line {line} has the column \"{}\" twice. Keep one.",
                self.batch_column(*column)
            ),
        }
    }

    /// The header row of the CSV export, in the export's column order.
    pub const fn csv_header(self) -> [&'static str; 8] {
        match self.shown() {
            Lang::Da => [
                "Projekt",
                "Ansøgt beløb (kr.)",
                "Resultatmål",
                "Tilgang",
                "Enhedspris (kr.)",
                "Ansættelser før første rate",
                "Placering blandt første runde (1 = billigst af 10)",
                "Flag",
            ],
            Lang::En => [
                "Project",
                "Amount applied for (DKK)",
                "Target",
                "Approach",
                "Unit price (DKK)",
                "Hires before the first payment",
                "Rank in round one (1 = cheapest of 10)",
                "Flags",
            ],
        }
    }
}

// ---- Scenarios, chart, cash flow, workings, lessons (issue 3) ------------------------

/// The fixed texts of the scenario sections.
#[derive(Debug)]
pub struct ScenarioTexts {
    pub scenarios_heading: &'static str,
    pub scenarios_lead: &'static str,
    pub levels_legend: &'static str,
    pub levels_hint: &'static str,
    pub grid_caption: &'static str,
    pub expenses_heading: &'static str,
    pub your_expenses: &'static str,
    pub own_mark: &'static str,
    pub own_hires: &'static str,
    pub col_hires: &'static str,
    pub col_total: &'static str,
    pub col_own_financing: &'static str,
    pub col_per_hire: &'static str,
    pub not_computable: &'static str,
    pub as_if_heading: &'static str,
    pub as_if_caption: &'static str,
    pub col_source: &'static str,
    pub col_achievement: &'static str,
    pub col_your_hires: &'static str,
    pub col_threshold: &'static str,
    pub yes_reached: &'static str,
    pub no_not_reached: &'static str,
    pub not_verified_note: &'static str,
    pub includes_not_verified_note: &'static str,
    pub as_if_caveat: &'static str,
    pub chart_heading: &'static str,
    pub chart_title: &'static str,
    pub chart_data_summary: &'static str,
    pub chart_data_caption: &'static str,
    pub chart_achievements_caption: &'static str,
    pub cash_heading: &'static str,
    pub cash_interim_heading: &'static str,
    pub cash_final_heading: &'static str,
    pub warning_heading: &'static str,
    pub workings_summary: &'static str,
    pub w_unit_price: &'static str,
    pub w_truncated: &'static str,
    pub w_threshold: &'static str,
    pub w_interim: &'static str,
    pub w_eligible: &'static str,
    pub w_total: &'static str,
    pub w_final: &'static str,
    pub w_own_financing: &'static str,
    pub w_per_hire: &'static str,
    pub w_rounding: &'static str,
    pub lessons_heading: &'static str,
    pub network_lessons_heading: &'static str,
    pub network_lessons_lead: &'static str,
    pub network_drivers: [(&'static str, &'static str); 7],
    pub network_barriers_lead: &'static str,
    pub network_barriers: [(&'static str, &'static str); 6],
    pub course_lessons_heading: &'static str,
    pub course_finding: &'static str,
    pub course_caveats: [&'static str; 3],
}

/// The Danish scenario texts.
pub const DA_SCENARIOS: ScenarioTexts = ScenarioTexts {
    scenarios_heading: "Hvis det går anderledes end planlagt",
    scenarios_lead: "Udbetalingen afhænger af, hvor mange ansættelser STAR verificerer, og hvor mange penge I faktisk bruger. Under 50 % af resultatmålet falder udbetalingen til det halve.",
    levels_legend: "Udgiftsniveauer i tabellen",
    levels_hint: "Procent af det ansøgte beløb, 0 til 200",
    grid_caption: "Samlet udbetaling, egenfinansiering og udbetaling pr. ansættelse ved forskellige antal verificerede ansættelser og udgifter",
    expenses_heading: "Udgifter",
    your_expenses: "jeres udgifter",
    own_mark: " ◀ jeres scenarie",
    own_hires: "jeres antal",
    col_hires: "Verificerede ansættelser",
    col_total: "Samlet udbetaling",
    col_own_financing: "Egenfinansiering",
    col_per_hire: "Pr. ansættelse",
    not_computable: "–",
    as_if_heading: "Hvis jeres projekt går som et projekt fra første runde",
    as_if_caption: "Resultatopnåelsen fra første runde overført til jeres resultatmål",
    col_source: "Projekt fra første runde",
    col_achievement: "Resultatopnåelse (ansættelser / resultatmål)",
    col_your_hires: "Jeres ansættelser",
    col_threshold: "50 %-grænsen",
    yes_reached: "Nået",
    no_not_reached: "Ikke nået",
    not_verified_note: "Indrapporteret, ikke verificeret af STAR",
    includes_not_verified_note: "Inkl. Ingerfairs ene ikke-verificerede ansættelse",
    as_if_caveat: "Resultaterne fra første runde er foreløbige (STAR, november 2019): de fleste projekter kørte stadig og kan indrapportere flere ansættelser. Jeres ansættelser = resultatmålet × projektets ansættelser / projektets resultatmål, rundet ned.",
    chart_heading: "Udbetaling efter antal ansættelser",
    chart_title: "Samlet udbetaling efter antal verificerede ansættelser",
    chart_data_summary: "Se tallene bag grafen",
    chart_data_caption: "Punkterne på kurven",
    chart_achievements_caption: "Første rundes resultatopnåelse overført til jeres resultatmål",
    cash_heading: "Hvornår kommer pengene?",
    cash_interim_heading: "Første rate",
    cash_final_heading: "Slutafregning",
    warning_heading: "Bemærk:",
    workings_summary: "Sådan er det regnet ud",
    w_unit_price: "Estimeret enhedspris",
    w_truncated: "rundet ned til hele kroner",
    w_threshold: "Ansættelser før første rate",
    w_interim: "Første rate (højst)",
    w_eligible: "Udgifter, der kan dækkes",
    w_total: "Samlet udbetaling",
    w_final: "Slutafregning",
    w_own_financing: "Egenfinansiering",
    w_per_hire: "Udbetaling pr. verificeret ansættelse",
    w_rounding: "Alle beløb regnes i hele øre. Når et beløb deles, rundes der ned til hele øre; enhedsprisen rundes ned til hele kroner, som i rapportens tabel 3.",
    lessons_heading: "Det lærte første runde",
    network_lessons_heading: "Netværkstilgangen: tjekliste",
    network_lessons_lead: "Evalueringens kapitel 4 peger på det, der drev resultaterne i netværksprojekterne. Har I det med?",
    network_drivers: [
        ("Bruger I det lokale politiske system, fx borgmesteren, som afsæt til at engagere virksomhederne?", "afsnit 4.3.2"),
        ("Foregår dialogen og aktiviteterne fra virksomhed til virksomhed?", "afsnit 4.3.2"),
        ("Beskriver I hver jobåbning systematisk og ensartet, fx med en fast skabelon?", "afsnit 4.3.2"),
        ("Har I en fast kontaktperson i jobcentret, der modtager jobåbningerne?", "afsnit 4.4.2"),
        ("Deltager jobcentret i selve aktiviteterne, fx netværksarrangementerne?", "afsnit 4.4.2"),
        ("Følger I op med dialog og telefonisk opfølgning på hver jobåbning?", "afsnit 4.5.2"),
        ("Kan kontakten mellem borger og virksomhed tilrettelægges efter virksomhedens behov, fx en jobsamtale eller en kort kaffedialog?", "afsnit 4.5.2"),
    ],
    network_barriers_lead: "Barrierer, som netværksprojekterne mødte:",
    network_barriers: [
        ("For få virksomheder deltog i aktiviteterne.", "afsnit 4.3.1"),
        ("Virksomhedernes behov blev ikke omsat til konkrete jobåbninger, der kunne besættes.", "afsnit 4.3.1"),
        ("Jobåbningerne nåede ikke frem til de relevante medarbejdere i jobcentret.", "afsnit 4.4.1"),
        ("Udsøgning og vurdering af match skete ikke hurtigt nok.", "afsnit 4.5.1"),
        ("Der blev matchet borgere uden for målgruppen (mindst et års sammenhængende ledighed), og de tæller ikke med.", "afsnit 4.5.1 og 3.1"),
        ("Opfølgningen efter ansættelsen var ikke systematiseret.", "afsnit 4.6.1"),
    ],
    course_lessons_heading: "Forløbstilgangen: resultaterne i første runde",
    course_finding: "De to forløbsprojekter, der havde indrapporteret resultater, havde til sammen opnået 58 % af deres samlede resultatmål (22 af 38 ansættelser), mod 109 % for de fire netværksprojekter (500 af 460). Afsnit 3.1 og tabel 7.",
    course_caveats: [
        "Kun to af de fire forløbsprojekter havde fået verificeret resultater (afsnit 3.1).",
        "Forløbsprojekternes resultatmål ligger markant under netværksprojekternes (afsnit 3.1).",
        "Resultaterne er foreløbige; projekterne kunne stadig indrapportere flere ansættelser (afsnit 3.1).",
    ],
};

/// The English scenario texts.
pub const EN_SCENARIOS: ScenarioTexts = ScenarioTexts {
    scenarios_heading: "If things go differently than planned",
    scenarios_lead: "The payout depends on how many hires STAR verifies and how much money you actually spend. Below 50 % of the target the payout drops to half.",
    levels_legend: "Expense levels in the table",
    levels_hint: "Percent of the amount applied for, 0 to 200",
    grid_caption: "Total payout, own financing and payout per hire for different numbers of verified hires and expenses",
    expenses_heading: "Expenses",
    your_expenses: "your expenses",
    own_mark: " ◀ your scenario",
    own_hires: "your number",
    col_hires: "Verified hires",
    col_total: "Total payout",
    col_own_financing: "Own financing",
    col_per_hire: "Per hire",
    not_computable: "–",
    as_if_heading: "If your project does as a round-one project did",
    as_if_caption: "Round-one achievements applied to your target",
    col_source: "Round-one project",
    col_achievement: "Achievement (hires / target)",
    col_your_hires: "Your hires",
    col_threshold: "50 % threshold",
    yes_reached: "Reached",
    no_not_reached: "Not reached",
    not_verified_note: "Reported, not verified by STAR",
    includes_not_verified_note: "Incl. Ingerfair's one unverified hire",
    as_if_caveat: "The round-one results are preliminary (STAR, November 2019): most projects were still running and may report more hires. Your hires = your target × the project's hires / the project's target, rounded down.",
    chart_heading: "Payout by number of hires",
    chart_title: "Total payout by number of verified hires",
    chart_data_summary: "See the figures behind the chart",
    chart_data_caption: "The points of the curve",
    chart_achievements_caption: "Round-one achievements applied to your target",
    cash_heading: "When does the money come?",
    cash_interim_heading: "First payment",
    cash_final_heading: "Final settlement",
    warning_heading: "Note:",
    workings_summary: "How it is worked out",
    w_unit_price: "Estimated unit price",
    w_truncated: "rounded down to whole kroner",
    w_threshold: "Hires before the first payment",
    w_interim: "First payment (at most)",
    w_eligible: "Expenses that can be covered",
    w_total: "Total payout",
    w_final: "Final settlement",
    w_own_financing: "Own financing",
    w_per_hire: "Payout per verified hire",
    w_rounding: "All amounts are computed in whole øre. When an amount is divided, it is rounded down to whole øre; the unit price is rounded down to whole kroner, as in Table 3 of the report.",
    lessons_heading: "What round one teaches",
    network_lessons_heading: "The network approach: a checklist",
    network_lessons_lead: "Chapter 4 of the evaluation points to what drove results in the network projects. Do you have it?",
    network_drivers: [
        ("Do you use the local political system, e.g. the mayor, to engage the companies?", "section 4.3.2"),
        ("Do the dialogue and the activities go from company to company?", "section 4.3.2"),
        ("Do you describe every job opening systematically and uniformly, e.g. with a fixed template?", "section 4.3.2"),
        ("Do you have a dedicated contact person at the jobcentre who receives the job openings?", "section 4.4.2"),
        ("Does the jobcentre take part in the activities themselves, e.g. the network events?", "section 4.4.2"),
        ("Do you follow up every job opening with dialogue and a phone call?", "section 4.5.2"),
        ("Can the contact between citizen and company follow the company's needs, e.g. a job interview or a short coffee talk?", "section 4.5.2"),
    ],
    network_barriers_lead: "Barriers the network projects met:",
    network_barriers: [
        ("Too few companies took part in the activities.", "section 4.3.1"),
        ("The companies' needs were not turned into concrete job openings that could be filled.", "section 4.3.1"),
        ("The job openings did not reach the right staff at the jobcentre.", "section 4.4.1"),
        ("Searching and assessing matches was not fast enough.", "section 4.5.1"),
        ("Citizens outside the target group (at least one year of continuous unemployment) were matched, and they do not count.", "sections 4.5.1 and 3.1"),
        ("Follow-up after the hire was not systematic.", "section 4.6.1"),
    ],
    course_lessons_heading: "The course approach: the round-one results",
    course_finding: "The two course projects that had reported results had together reached 58 % of their combined target (22 of 38 hires), against 109 % for the four network projects (500 of 460). Section 3.1 and Table 7.",
    course_caveats: [
        "Only two of the four course projects had had results verified (section 3.1).",
        "The course projects' targets are far below the network projects' (section 3.1).",
        "The results are preliminary; the projects could still report more hires (section 3.1).",
    ],
};

impl Lang {
    /// The fixed texts of the scenario sections.
    pub const fn scenario_texts(self) -> &'static ScenarioTexts {
        match self.shown() {
            Lang::Da => &DA_SCENARIOS,
            Lang::En => &EN_SCENARIOS,
        }
    }

    /// The label of expense level `n` (1-based).
    pub fn level_label(self, n: usize) -> String {
        match self.shown() {
            Lang::Da => format!("Niveau {n} (%)"),
            Lang::En => format!("Level {n} (%)"),
        }
    }

    /// What is wrong with a typed expense level.
    pub fn level_error(self, e: &crate::domain::scenarios::LevelError) -> String {
        use crate::domain::scenarios::LevelError;
        match (self.shown(), e) {
            (Lang::Da, LevelError::Empty) => "Skriv en procent, fx 90.".into(),
            (Lang::Da, LevelError::NotANumber) => "Skriv en hel procent med cifre, fx 90.".into(),
            (Lang::Da, LevelError::OutOfRange) => "Skriv en procent fra 0 til 200.".into(),
            (Lang::En, LevelError::Empty) => "Enter a percentage, e.g. 90.".into(),
            (Lang::En, LevelError::NotANumber) => {
                "Enter a whole percentage in digits, e.g. 90.".into()
            }
            (Lang::En, LevelError::OutOfRange) => "Enter a percentage from 0 to 200.".into(),
        }
    }

    /// Why a grid row is there: "25 %", "lige under grænsen", "grænsen for første rate".
    pub fn hire_level_kind(
        self,
        kind: &crate::domain::scenarios::HireLevelKind,
        coinciding: &[u32],
    ) -> String {
        use crate::domain::scenarios::HireLevelKind;
        let mut out = match (self.shown(), kind) {
            (Lang::Da, HireLevelKind::Percent(p)) => format!("{p} % af målet"),
            (Lang::Da, HireLevelKind::BelowThreshold) => "én under 50 %-grænsen".to_string(),
            (Lang::Da, HireLevelKind::Threshold) => "50 %-grænsen".to_string(),
            (Lang::En, HireLevelKind::Percent(p)) => format!("{p} % of the target"),
            (Lang::En, HireLevelKind::BelowThreshold) => "one below the 50 % threshold".to_string(),
            (Lang::En, HireLevelKind::Threshold) => "the 50 % threshold".to_string(),
        };
        if !coinciding.is_empty() {
            let list: Vec<String> = coinciding.iter().map(|p| format!("{p} %")).collect();
            out.push_str(&format!(" (= {})", list.join(", ")));
        }
        out
    }

    /// The name of a Table 7 approach total.
    pub fn approach_total_name(self, approach: Approach) -> String {
        match (self.shown(), approach) {
            (Lang::Da, Approach::Network) => "Alle netværksprojekter (tabel 7)".into(),
            (Lang::Da, _) => "Alle forløbsprojekter (tabel 7)".into(),
            (Lang::En, Approach::Network) => "All network projects (Table 7)".into(),
            (Lang::En, _) => "All course projects (Table 7)".into(),
        }
    }

    /// The sentence above the as-if table.
    pub fn as_if_lead(self, target: u32, threshold: u32, expenses: Money) -> String {
        tidy(
        match self.shown() {
            Lang::Da => format!(
                "Med et resultatmål på {} skal {} ansættelser verificeres for at nå 50 %-grænsen. Udbetalingen er regnet med udgifter på {}.",
                self.count(target), self.count(threshold), self.money(expenses)
            ),
            Lang::En => format!(
                "With a target of {}, {} must be verified to reach the 50 % threshold. The payout is computed with expenses of {}.",
                self.count(target), self.hires_phrase(threshold, false), self.money(expenses)
            ),
        }
        )
    }

    /// The chart's `<desc>` and caption: the curve in words.
    pub fn chart_description(self, c: &crate::domain::chart::PayoutChart) -> String {
        tidy(
        match self.shown() {
            Lang::Da => format!(
                "Kurven viser samlet udbetaling fra 0 til {} verificerede ansættelser. Under {} udbetales {}; ved {} eller flere springer udbetalingen til {}. Jeres scenarie: {} giver {}.",
                self.count(c.x_max), self.hires_phrase(c.threshold, false), self.money(c.jump.low),
                self.count(c.threshold), self.money(c.jump.high),
                self.hires_phrase(c.scenario.hires, false), self.money(c.scenario.payout)
            ),
            Lang::En => format!(
                "The curve shows the total payout from 0 to {} verified hires. Below {} it is {}; at {} or more the payout jumps to {}. Your scenario: {} gives {}.",
                self.count(c.x_max), self.hires_phrase(c.threshold, false), self.money(c.jump.low),
                self.count(c.threshold), self.money(c.jump.high),
                self.hires_phrase(c.scenario.hires, false), self.money(c.scenario.payout)
            ),
        }
        )
    }

    /// A round-one marker's label on the chart.
    pub fn achievement_label(
        self,
        name: &str,
        percent: u32,
        hires: u32,
        clamped: bool,
        unverified: bool,
    ) -> String {
        match self.shown() {
            Lang::Da => format!(
                "{name} {percent} %: {}{}{}",
                self.count(hires),
                if clamped { " →" } else { "" },
                if unverified {
                    " (ikke verificeret)"
                } else {
                    ""
                }
            ),
            Lang::En => format!(
                "{name} {percent} %: {}{}{}",
                self.count(hires),
                if clamped { " →" } else { "" },
                if unverified { " (not verified)" } else { "" }
            ),
        }
    }

    /// The label of the user's scenario marker on the chart.
    pub fn scenario_marker_label(self, hires: u32, payout: Money, clamped: bool) -> String {
        match self.shown() {
            Lang::Da => format!(
                "Jer: {} ans., {}{}",
                self.count(hires),
                self.money(payout),
                if clamped { " →" } else { "" }
            ),
            Lang::En => format!(
                "You: {} hires, {}{}",
                self.count(hires),
                self.money(payout),
                if clamped { " →" } else { "" }
            ),
        }
    }

    /// When the interim payment comes.
    pub fn cash_interim(self, needed: u32, interim: Money, reached: bool) -> String {
        tidy(
        match (self.shown(), reached) {
            (Lang::Da, true) => format!(
                "Når {} ansættelser er indsendt til og verificeret af STAR, kan I få udbetalt op til {}. Der udbetales intet, før resultaterne er verificeret.",
                self.count(needed), self.money(interim)
            ),
            (Lang::Da, false) => format!(
                "Kommer ikke i jeres scenarie: det kræver {} verificerede ansættelser. Indtil projektet slutter, finansierer I selv alle udgifter.",
                self.count(needed)
            ),
            (Lang::En, true) => format!(
                "Once {} are submitted to and verified by STAR, you can be paid up to {}. Nothing is paid before the results are verified.",
                self.hires_phrase(needed, false), self.money(interim)
            ),
            (Lang::En, false) => format!(
                "Does not come in your scenario: it takes {}. Until the project ends, you finance all expenses yourselves.",
                self.hires_phrase(needed, true)
            ),
        }
        )
    }

    /// When the final settlement comes and what it is.
    pub fn cash_final(self, final_payment: Money) -> String {
        tidy(
        match (self.shown(), final_payment.is_negative()) {
            (Lang::Da, false) => format!(
                "Efter projektets afslutning, når det endelige regnskab er indsendt: {}.",
                self.money(final_payment)
            ),
            (Lang::Da, true) => format!(
                "Efter projektets afslutning, når det endelige regnskab er indsendt: I skal betale {} tilbage.",
                self.money(Money::ZERO - final_payment)
            ),
            (Lang::En, false) => format!(
                "After the project ends, once the final accounts are submitted: {}.",
                self.money(final_payment)
            ),
            (Lang::En, true) => format!(
                "After the project ends, once the final accounts are submitted: you pay back {}.",
                self.money(Money::ZERO - final_payment)
            ),
        }
        )
    }

    /// The warning for a scenario that ends in a repayment.
    pub fn repayment_warning(self, interim: Money, total: Money, final_payment: Money) -> String {
        match self.shown() {
            Lang::Da => format!(
                "Første rate ({}) er større end den samlede udbetaling ({}), fordi udgifterne er lavere end halvdelen af det ansøgte beløb. I skal betale {} tilbage ved slutafregningen.",
                self.money(interim), self.money(total), self.money(Money::ZERO - final_payment)
            ),
            Lang::En => format!(
                "The first payment ({}) is larger than the total payout ({}), because the expenses are below half the amount applied for. You pay back {} at the final settlement.",
                self.money(interim), self.money(total), self.money(Money::ZERO - final_payment)
            ),
        }
    }

    /// The warning for a large own financing.
    pub fn own_financing_warning(self, own: Money, expenses: Money) -> String {
        tidy(
        match self.shown() {
            Lang::Da => format!(
                "I skal selv finansiere {} af udgifterne på {}. Tjek, at I har råd til det, hvis det går sådan.",
                self.money(own), self.money(expenses)
            ),
            Lang::En => format!(
                "You finance {} of the expenses of {} yourselves. Check that you can afford it if it turns out this way.",
                self.money(own), self.money(expenses)
            ),
        }
        )
    }

    /// The threshold formula: `17 / 2 = 8,5 → rundet op: 9`.
    pub fn w_threshold(self, target: u32, needed: u32) -> String {
        match (self.shown(), target % 2) {
            (Lang::Da, 0) => format!("{} / 2 = {}", self.count(target), self.count(needed)),
            (Lang::Da, _) => format!(
                "{} / 2 = {},5 → rundet op: {}",
                self.count(target),
                self.count(target / 2),
                self.count(needed)
            ),
            (Lang::En, 0) => format!("{} / 2 = {}", self.count(target), self.count(needed)),
            (Lang::En, _) => format!(
                "{} / 2 = {}.5 → rounded up: {}",
                self.count(target),
                self.count(target / 2),
                self.count(needed)
            ),
        }
    }

    /// The interim formula when the threshold is not reached.
    pub fn w_interim_not_reached(self, hires: u32, needed: u32) -> String {
        match self.shown() {
            Lang::Da => format!(
                "{} ansættelser er under {}: ingen første rate (0 kr.)",
                self.count(hires),
                self.count(needed)
            ),
            Lang::En => format!(
                "{} hires is below {}: no first payment (DKK 0)",
                self.count(hires),
                self.count(needed)
            ),
        }
    }

    /// The eligible-expenses formula: the smaller of expenses and budget.
    pub fn w_eligible(self, expenses: Money, budget: Money, eligible: Money) -> String {
        match self.shown() {
            Lang::Da => format!(
                "det mindste af afholdte udgifter ({}) og ansøgt beløb ({}) = {}",
                self.money(expenses),
                self.money(budget),
                self.money(eligible)
            ),
            Lang::En => format!(
                "the smaller of actual expenses ({}) and the amount applied for ({}) = {}",
                self.money(expenses),
                self.money(budget),
                self.money(eligible)
            ),
        }
    }
}

/// Lets an amount's "kr." end a sentence: "601.275 kr.." becomes "601.275 kr.".
fn tidy(sentence: String) -> String {
    sentence.replace("kr..", "kr.")
}

// ---- Embedding (issue 5) ----------------------------------------------------------

/// The texts of the embed section.
#[derive(Debug)]
pub struct EmbedTexts {
    pub heading: &'static str,
    pub lead: &'static str,
    pub code_label: &'static str,
    pub iframe_title: &'static str,
}

/// The Danish embed texts.
pub const DA_EMBED: EmbedTexts = EmbedTexts {
    heading: "Indlejr beregneren",
    lead: "Sæt koden ind på jeres egen side for at vise beregneren med de tal, der står i felterne nu. Scriptet gør rammen lige så høj som indholdet, så der aldrig kommer en ekstra rullebjælke.",
    code_label: "Kode til jeres side",
    iframe_title: "Puljeberegner: enhedspris og udbetaling for puljen til udbredelse af virksomheders sociale ansvar",
};

/// The English embed texts.
pub const EN_EMBED: EmbedTexts = EmbedTexts {
    heading: "Embed the calculator",
    lead: "Paste this code into your own page to show the calculator with the figures now in the fields. The script makes the frame as tall as its content, so no extra scrollbar appears.",
    code_label: "Code for your page",
    iframe_title: "Grant calculator: unit price and payout for the pool for spreading companies' social responsibility",
};

impl Lang {
    /// The texts of the embed section.
    pub const fn embed_texts(self) -> &'static EmbedTexts {
        match self.shown() {
            Lang::Da => &DA_EMBED,
            Lang::En => &EN_EMBED,
        }
    }
}

// ---- Batch view, navigation, sharing, printing (issue 4) ----------------------------

/// The texts of the batch view, the navigation and the share/print controls.
#[derive(Debug)]
pub struct BatchTexts {
    pub heading: &'static str,
    pub lead: &'static str,
    pub paste_label: &'static str,
    pub paste_hint: &'static str,
    pub file_label: &'static str,
    pub example_button: &'static str,
    pub summary_heading: &'static str,
    pub s_applications: &'static str,
    pub s_total_budget: &'static str,
    pub s_total_target: &'static str,
    pub s_unit_price: &'static str,
    pub s_round_one: &'static str,
    pub s_flagged: &'static str,
    pub table_caption: &'static str,
    pub sort_hint: &'static str,
    pub col_line: &'static str,
    pub col_unit_price: &'static str,
    pub col_threshold: &'static str,
    pub col_rank: &'static str,
    pub col_flags: &'static str,
    pub open_link: &'static str,
    pub errors_heading: &'static str,
    pub download: &'static str,
    pub empty: &'static str,
    pub csv_filename: &'static str,
}

/// The Danish batch texts.
pub const DA_BATCH: BatchTexts = BatchTexts {
    heading: "Tjek mange ansøgninger",
    lead: "Til STAR's sagsbehandlere: indsæt ansøgningerne fra et regneark, og få enhedspris, placering i forhold til første runde og det, der er værd at se nærmere på, for dem alle på én gang. Intet sendes nogen steder hen; alt regnes ud i browseren.",
    paste_label: "Ansøgninger",
    paste_hint: "Kopiér fra Excel eller Google Sheets: projekt, ansøgt beløb, resultatmål og tilgang (netværk, forløb eller hybrid) – med eller uden overskrift, i vilkårlig rækkefølge med overskrift. Semikolon, komma eller tabulator. Højst 5.000 rækker og 1 MiB.",
    file_label: "Eller vælg en fil (.csv eller .txt)",
    example_button: "Indsæt de ni projekter fra første runde som eksempel",
    summary_heading: "Overblik",
    s_applications: "Ansøgninger",
    s_total_budget: "Samlet ansøgt beløb",
    s_total_target: "Samlet resultatmål",
    s_unit_price: "Samlet enhedspris",
    s_round_one: "Første runde (tabel 3)",
    s_flagged: "Ansøgninger med bemærkninger",
    table_caption: "Tjekkede ansøgninger",
    sort_hint: "Vælg en kolonneoverskrift for at sortere.",
    col_line: "Linje",
    col_unit_price: "Enhedspris",
    col_threshold: "Ansættelser før første rate",
    col_rank: "Placering blandt 10",
    col_flags: "Bemærkninger",
    open_link: "Åbn i beregneren",
    errors_heading: "Rækker, der ikke kunne tjekkes",
    download: "Download CSV",
    empty: "Indsæt eller vælg ansøgninger for at tjekke dem.",
    csv_filename: "puljeberegner-tjek.csv",
};

/// The English batch texts.
pub const EN_BATCH: BatchTexts = BatchTexts {
    heading: "Check many applications",
    lead: "For STAR caseworkers: paste the applications from a spreadsheet and get the unit price, the rank against round one and what is worth a closer look, for all of them at once. Nothing is sent anywhere; everything is computed in the browser.",
    paste_label: "Applications",
    paste_hint: "Copy from Excel or Google Sheets: project, amount applied for, target and approach (network, course or hybrid) – with or without a header, in any order with a header. Semicolon, comma or tab. Amounts in the Danish format (1.234.567,50). At most 5,000 rows and 1 MiB.",
    file_label: "Or choose a file (.csv or .txt)",
    example_button: "Paste the nine round-one projects as an example",
    summary_heading: "Overview",
    s_applications: "Applications",
    s_total_budget: "Total amount applied for",
    s_total_target: "Total target",
    s_unit_price: "Overall unit price",
    s_round_one: "Round one (Table 3)",
    s_flagged: "Applications with remarks",
    table_caption: "Checked applications",
    sort_hint: "Choose a column header to sort.",
    col_line: "Line",
    col_unit_price: "Unit price",
    col_threshold: "Hires before the first payment",
    col_rank: "Rank among 10",
    col_flags: "Remarks",
    open_link: "Open in the calculator",
    errors_heading: "Rows that could not be checked",
    download: "Download CSV",
    empty: "Paste or choose applications to check them.",
    csv_filename: "grant-calculator-check.csv",
};

impl Lang {
    /// The texts of the batch view, navigation and sharing.
    pub const fn batch_texts(self) -> &'static BatchTexts {
        match self.shown() {
            Lang::Da => &DA_BATCH,
            Lang::En => &EN_BATCH,
        }
    }

    /// An invalid batch row's heading: "Linje 4".
    pub fn batch_line(self, line: usize) -> String {
        match self.shown() {
            Lang::Da => format!("Linje {line}"),
            Lang::En => format!("Line {line}"),
        }
    }

    /// A file too large to read.
    pub fn file_too_large(self, bytes: f64) -> String {
        match self.shown() {
            Lang::Da => format!(
                "Filen er på {} kB; højst 1.024 kB (1 MiB) kan tjekkes. Del den op i mindre filer.",
                danish_count((bytes / 1024.0).ceil() as u64)
            ),
            Lang::En => format!(
                "The file is {} kB; at most 1,024 kB (1 MiB) can be checked. Split it into smaller files.",
                self.count((bytes / 1024.0).ceil() as u32)
            ),
        }
    }

    /// A rank among the ten: "3 af 10".
    pub fn rank_short(self, rank: usize) -> String {
        match self.shown() {
            Lang::Da => format!("{rank} af 10"),
            Lang::En => format!("{rank} of 10"),
        }
    }

    /// The count of applications per approach in the summary.
    pub fn per_approach(self, counts: &[(Approach, usize)]) -> String {
        counts
            .iter()
            .map(|(a, n)| format!("{}: {n}", self.approach_short(*a)))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The printed page's line with the date and the link that reproduces it.
    pub fn printed_on(self, date: &str) -> String {
        match self.shown() {
            Lang::Da => format!("Udskrevet {date}. Beregningen kan genskabes med linket:"),
            Lang::En => format!("Printed {date}. The calculation can be reproduced with the link:"),
        }
    }
}

// ---- Accessibility: error summary and announcements (issue 5) -------------------------

impl Lang {
    /// The error summary's heading.
    pub const fn error_summary_title(self) -> &'static str {
        match self.shown() {
            Lang::Da => "Der er problemer",
            Lang::En => "There is a problem",
        }
    }

    /// The polite announcement of how many fields need fixing.
    pub fn problems_announcement(self, n: usize) -> String {
        match (self.shown(), n) {
            (Lang::Da, 1) => "Der er et problem i formularen.".into(),
            (Lang::Da, _) => format!("Der er {n} problemer i formularen."),
            (Lang::En, 1) => "There is 1 problem in the form.".into(),
            (Lang::En, _) => format!("There are {n} problems in the form."),
        }
    }

    /// The polite announcement of the main results.
    pub fn results_announcement(self, unit_price: Money, total: Option<Money>) -> String {
        let total = total.map(|m| self.money(m));
        tidy(match (self.shown(), total) {
            (Lang::Da, Some(total)) => format!(
                "Enhedspris {}. Samlet udbetaling {total}",
                self.money(unit_price)
            ),
            (Lang::Da, None) => format!("Enhedspris {}", self.money(unit_price)),
            (Lang::En, Some(total)) => format!(
                "Unit price {}. Total payout {total}",
                self.money(unit_price)
            ),
            (Lang::En, None) => format!("Unit price {}", self.money(unit_price)),
        })
    }
}

impl Lang {
    /// The notice for a link longer than the page reads.
    pub const fn query_cut_message(self) -> &'static str {
        match self.shown() {
            Lang::Da => "Linket var for langt (over 32.000 tegn); kun begyndelsen er læst. Tjek felterne.",
            Lang::En => "The link was too long (over 32,000 characters); only its beginning was read. Check the fields.",
        }
    }
}

impl Lang {
    /// How many of the checked rows the table shows.
    pub fn rows_shown(self, shown: usize, total: usize) -> String {
        match self.shown() {
            Lang::Da => format!(
                "Viser {} af {} ansøgninger.",
                self.count(shown as u32),
                self.count(total as u32)
            ),
            Lang::En => format!(
                "Showing {} of {} applications.",
                self.count(shown as u32),
                self.count(total as u32)
            ),
        }
    }

    /// The button that shows more rows.
    pub fn show_more(self, n: usize) -> String {
        match self.shown() {
            Lang::Da => format!("Vis {} mere", self.count(n as u32)),
            Lang::En => format!("Show {} more", self.count(n as u32)),
        }
    }

    /// The button that shows every row.
    pub fn show_all(self, total: usize) -> String {
        match self.shown() {
            Lang::Da => format!("Vis alle {}", self.count(total as u32)),
            Lang::En => format!("Show all {}", self.count(total as u32)),
        }
    }
}
