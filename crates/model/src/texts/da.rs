//! Dansk: every text of the Danish pages, and how Danish writes numbers.

use super::Texts;
use crate::chart::PayoutChart;
use crate::domain::amount_input::AmountError;
use crate::domain::approach::Approach;
use crate::domain::count_input::CountError;
use crate::domain::flags::Flag;
use crate::domain::money::{format_count, Money, NumberFormat};
use crate::domain::scenarios::{HireLevelKind, LevelError};
use crate::pages::Lang;

/// The Danish texts.
#[derive(Debug, Clone, Copy)]
pub struct Da;

/// Who counts, under the hires field (section 1.1).
const TARGET_GROUP: &str = "Kun personer i målgruppen tæller: mindst et års sammenhængende ledighed på offentlig forsørgelse (afsnit 1.1).";

/// A whole number with Danish thousands separators: `14.297.998`.
pub(super) fn grouped(n: u64) -> String {
    format_count(n, NumberFormat::Danish)
}

impl Texts for Da {
    // ---- The language, and texts of several sections

    const LANG: Lang = Lang::Da;
    const SWITCH_LABEL: &'static str = "English";
    const ERROR_SUMMARY_TITLE: &'static str = "Der er problemer";
    const QUERY_CUT_MESSAGE: &'static str =
        "Linket var for langt (over 32.000 tegn); kun begyndelsen er læst. Tjek felterne.";

    // ---- The calculator, the rules, the comparison with round one
    const LEAD: &'static str = "Beregn enhedsprisen (hvad én ansættelse koster i jeres budget) og udbetalingen for puljen til udbredelse af virksomheders sociale ansvar, og se hvordan jeres ansøgning ligger i forhold til første runde: de ni projekter, der i 2018–2019 fik tilsagn om tilskud fra puljen, og som evalueringsrapporten fra februar 2020 (Deloitte for STAR) handler om.";
    const APPLICATION_HEADING: &'static str = "Jeres ansøgning";
    const BUDGET_HINT: &'static str = "I kroner, fx 1.250.000 eller 1.250.000,50";
    const TARGET_LABEL: &'static str = "Resultatmål (antal ansættelser)";
    const TARGET_HINT: &'static str =
        "Det antal ansættelser, I lover i ansøgningen, som et helt tal. Beregneren tager 1 til 100.000.";
    const APPROACH_LEGEND: &'static str = "Tilgang";
    const APPROACH_UNSET: &'static str =
        "Vælg en tilgang for at blive sammenlignet med projekter med samme tilgang.";
    const SCENARIO_HEADING: &'static str = "Jeres scenarie ved projektets afslutning";
    const SCENARIO_LEAD: &'static str = "Hvad sker der med udbetalingen, hvis I får færre ansættelser eller bruger færre penge end planlagt?";
    const HIRES_LABEL: &'static str = "Ansættelser verificeret af STAR";
    const EXPENSES_LABEL: &'static str = "Afholdte udgifter";
    const EXPENSES_HINT: &'static str =
        "I kroner. Lader I feltet stå tomt, regnes der med det ansøgte beløb.";
    const RESULTS_HEADING: &'static str = "Resultat";
    const RESULTS_MISSING: &'static str =
        "Udfyld ansøgt beløb og resultatmål for at se beregningen.";
    const DETAILS_MISSING: &'static str =
        "Beregningen vises her, når ansøgt beløb og resultatmål er udfyldt uden fejl.";
    const UNIT_PRICE_LABEL: &'static str = "Estimeret enhedspris";
    const UNIT_PRICE_NOTE: &'static str =
        "Ansøgt beløb divideret med resultatmålet, rundet ned til hele kroner, som i evalueringsrapportens tabel 3, der viser beløb, resultatmål og enhedspris for hvert projekt i første runde.";
    const THRESHOLD_LABEL: &'static str = "Ansættelser, der kræves for første rate";
    const THRESHOLD_NOTE: &'static str = "50 % af resultatmålet, rundet op: 50 % skal være opnået (rapportens afsnit 1.1). Ansættelserne skal indsendes til STAR og verificeres: STAR kontrollerer dem op mod registerdata, og kun verificerede ansættelser tæller.";
    const PAYOUT_HEADING: &'static str = "Udbetaling i jeres scenarie";
    const INTERIM_LABEL: &'static str = "Første rate (højst)";
    const INTERIM_NOTE_REACHED: &'static str =
        "Rapporten: »op mod halvdelen« af det ansøgte beløb, når 50 % af resultatmålet er nået og verificeret. Beregneren antager, at hele halvdelen udbetales.";
    const INTERIM_NOTE_NOT_REACHED: &'static str =
        "Udbetales ikke: 50 % af resultatmålet nås ikke i scenariet.";
    const FINAL_LABEL: &'static str = "Slutafregning";
    const REPAYMENT_LABEL: &'static str =
        "Tilbagebetaling ved slutafregning (beregnerens antagelse; rapporten nævner ikke tilbagebetaling)";
    const TOTAL_LABEL: &'static str = "Samlet udbetaling";
    const OWN_FINANCING_LABEL: &'static str = "Egenfinansiering";
    const PER_HIRE_LABEL: &'static str = "Udbetaling pr. verificeret ansættelse";
    const PER_HIRE_NOTE: &'static str = "Samlet udbetaling divideret med antallet af verificerede ansættelser. Kan ikke beregnes uden ansættelser.";
    const WITHHELD: &'static str = "—";
    const RULE_HEADING: &'static str = "Sådan læser beregneren reglerne";
    const RULE_QUOTE: &'static str = "Tilskudsmodellen for projekterne har således været, at op mod halvdelen af det ansøgte beløb udbetales, når 50 procent af projektets målsætning er opnået. Hvis der ved projektets afslutning er opnået 50 procent eller mere af målsætningen, udbetales det resterende beløb i forhold til de afholdte udgifter. Er der ved projektets afslutning opnået under 50 procent af målsætningen, udbetales halvdelen af de udgifter, der er givet tilsagn om, på baggrund af det endelige regnskab. […] projekterne har ikke kunnet få udbetalt tilskud, før resultaterne er indsendt til og verificeret af STAR.";
    const RULE_SOURCE: &'static str = "Evalueringsrapporten, afsnit 1.1 Baggrund";
    const COMPARE_HEADING: &'static str = "Sammenlignet med første runde";
    const AVERAGE_LABEL: &'static str =
        "Alle ni projekter: samlet tildelt beløb / samlet resultatmål (tabel 3)";
    const MEDIAN_LABEL: &'static str = "Median af de ni enhedspriser";
    const MIN_LABEL: &'static str = "Laveste";
    const MAX_LABEL: &'static str = "Højeste";
    const TABLE_CAPTION: &'static str =
        "De ni projekter i første runde og jeres ansøgning, sorteret efter enhedspris";
    const COL_GRANT: &'static str = "Tildelt beløb";
    const COL_UNIT_PRICE: &'static str = "Enhedspris";
    const COL_HIRES: &'static str = "Verificerede ansættelser";
    const COL_RESULTS: &'static str = "Foreløbige resultater (verificeret af STAR)";
    const COL_ACHIEVEMENT: &'static str = "Foreløbig resultatopnåelse";
    const YOUR_APPLICATION: &'static str = "Jeres ansøgning";
    const APPLIED_FOR_NOTE: &'static str = "ansøgt beløb";
    const NOT_REPORTED: &'static str = "Ikke indrapporteret";
    const NOT_VERIFIED_MARK: &'static str = "ikke verificeret";
    const HYBRID_IN_BILAG_A: &'static str = "hybrid i bilag A";
    const CAVEATS_HEADING: &'static str = "Det skal I vide om tallene fra første runde";
    const CAVEATS: [&'static str; 6] = [
        "Resultaterne er foreløbige (STAR, november 2019). De fleste projekter kørte stadig og vil indrapportere flere ansættelser (afsnit 3.1).",
        "Tre projekter (ISS, AOF Midt og Quick Care) havde endnu ikke indrapporteret resultater: de var på det tidspunkt ikke forpligtet til det (afsnit 3.1).",
        "Code of Care, Marselisborg og Randers HK og DISCUS havde indrapporteret flere ansættelser, som STAR endnu ikke havde verificeret. De er ikke medregnet (tabel 6, note *).",
        "Ingerfairs ene ansættelse er indrapporteret, men ikke verificeret af STAR; projektet lukkede medio 2019 (afsnit 3.1 og tabel 6, note **).",
        "Af de seks projekter, der havde indrapporteret, er Code of Care på det foreløbige grundlag det eneste over sit resultatmål (afsnit 3.1). Beregnerens læsning af tabel 6: netværkstilgangens 109 % hviler på Code of Care; de tre andre netværksprojekter, der havde indrapporteret, nåede tilsammen 124 ansættelser mod et resultatmål på 230 (54 %).",
        "Forløbsprojekternes resultatmål er markant mindre end netværksprojekternes (afsnit 3.1).",
    ];
    const TABLE_SOURCE: &'static str = "Kilde: Deloitte for STAR, Evaluering af puljen til udbredelse af virksomheders sociale ansvar, februar 2020, tabel 3 (beløb, resultatmål, enhedspris) og tabel 6 (foreløbige resultater).";
    const ROUND_TWO_COMPARE: &'static str = "Anden runde (2020–2022), STAR's egne tal: 1.348 ansættelser, 143 % af resultatmålet og »enhedsprisen pr. ansættelse« på 13.554 kr. på tværs af projekterne. Se nedenfor, hvorfor den ikke uden videre kan sammenlignes med tabel 3.";
    const ROUND_TWO_SOURCE_SHORT: &'static str = "STAR, nyhed 12. april 2023";
    const S_ROUND_TWO: &'static str =
        "Anden runde, »enhedsprisen pr. ansættelse« (STAR's tal, nyhed 12. april 2023)";
    const W_RULES_LINK: &'static str = "Rapportens ordlyd (afsnit 1.1) og beregnerens antagelser";
    const WORDS_LINK: &'static str = "Ordforklaring og kilder";
    const CHART_CAVEAT: &'static str = "Markørerne bygger på foreløbige resultater fra første runde (tabel 6, november 2019); se forbeholdene under tabellen over første runde.";
    const FLAGS_HEADING: &'static str = "Værd at se nærmere på";
    const NO_FLAGS: &'static str =
        "Ingen bemærkninger: tallene ligger inden for det, første runde viste.";
    // ---- The frame of both pages: header, navigation, shared columns, share link
    const TITLE: &'static str = "Puljeberegner";
    const NAV_LABEL: &'static str = "Visninger";
    const NAV_CALCULATOR: &'static str = "Beregner";
    const NAV_BATCH: &'static str = "For sagsbehandlere: tjek mange ansøgninger";
    const COL_PROJECT: &'static str = "Projekt";
    const BUDGET_LABEL: &'static str = "Ansøgt beløb";
    const COL_TARGET: &'static str = "Resultatmål";
    const COL_APPROACH: &'static str = "Tilgang";
    const LINK_LABEL: &'static str = "Link til denne beregning";
    const COPY_LINK: &'static str = "Kopiér link";
    const COPIED: &'static str = "Linket er kopieret.";
    const COPY_FALLBACK: &'static str = "Linket er markeret. Kopiér det med Ctrl+C (⌘+C på Mac).";
    const DISCLAIMER: &'static str = "Beregningen er vejledende. Det er STAR, der vurderer ansøgningen og træffer afgørelse om tilskud og udbetaling.";
    const ERROR_PREFIX: &'static str = "Fejl:";
    // ---- Scenarios, and what round one teaches
    const SCENARIOS_HEADING: &'static str = "Hvis det går anderledes end planlagt";
    const SCENARIOS_LEAD: &'static str = "Udbetalingen afhænger af, hvor mange ansættelser STAR verificerer, og hvor mange penge I faktisk bruger. Under 50 % af resultatmålet falder udbetalingen til det halve.";
    const LEVELS_LEGEND: &'static str = "Udgiftsniveauer i tabellen";
    const LEVELS_HINT: &'static str = "Procent af det ansøgte beløb, 0 til 200";
    const GRID_CAPTION: &'static str = "Samlet udbetaling, egenfinansiering og udbetaling pr. ansættelse ved forskellige antal verificerede ansættelser og udgifter";
    const EXPENSES_HEADING: &'static str = "Udgifter";
    const YOUR_EXPENSES: &'static str = "jeres udgifter";
    const OWN_MARK: &'static str = " ◀ jeres scenarie";
    const OWN_HIRES: &'static str = "jeres antal";
    const COL_TOTAL: &'static str = "Samlet udbetaling";
    const COL_OWN_FINANCING: &'static str = "Egenfinansiering";
    const COL_PER_HIRE: &'static str = "Pr. ansættelse";
    const NOT_COMPUTABLE: &'static str = "–";
    const AS_IF_HEADING: &'static str = "Hvis jeres projekt går som et projekt fra første runde";
    const AS_IF_CAPTION: &'static str =
        "Resultatopnåelsen fra første runde overført til jeres resultatmål";
    const COL_SOURCE: &'static str = "Projekt fra første runde";
    const COL_AS_IF_ACHIEVEMENT: &'static str =
        "Foreløbig resultatopnåelse (ansættelser / resultatmål)";
    const COL_YOUR_HIRES: &'static str = "Jeres ansættelser";
    const COL_AS_IF_THRESHOLD: &'static str = "50 %-grænsen";
    const YES_REACHED: &'static str = "Nået";
    const NO_NOT_REACHED: &'static str = "Ikke nået";
    const NOT_VERIFIED_NOTE: &'static str = "Indrapporteret, ikke verificeret af STAR";
    const INCLUDES_NOT_VERIFIED_NOTE: &'static str =
        "Inkl. Ingerfairs ene ikke-verificerede ansættelse";
    const AS_IF_CAVEAT: &'static str = "Resultaterne fra første runde er foreløbige (STAR, november 2019): de fleste projekter kørte stadig og kan indrapportere flere ansættelser, og tre af de ni projekter havde endnu ikke indrapporteret (afsnit 3.1). Ansættelser, som STAR endnu ikke havde verificeret, er ikke medregnet (tabel 6, note *). Jeres ansættelser = resultatmålet × projektets ansættelser / projektets resultatmål, rundet ned.";
    const CHART_HEADING: &'static str = "Udbetaling efter antal ansættelser";
    const CHART_TITLE: &'static str = "Samlet udbetaling efter antal verificerede ansættelser";
    const CHART_DATA_SUMMARY: &'static str = "Se tallene bag grafen";
    const CHART_DATA_CAPTION: &'static str = "Punkterne på kurven";
    const CHART_ACHIEVEMENTS_CAPTION: &'static str =
        "Første rundes resultatopnåelse overført til jeres resultatmål";
    const CASH_HEADING: &'static str = "Hvornår kommer pengene?";
    const CASH_INTERIM_HEADING: &'static str = "Første rate";
    const CASH_FINAL_HEADING: &'static str = "Slutafregning";
    const WARNING_HEADING: &'static str = "Bemærk:";
    const WORKINGS_SUMMARY: &'static str = "Sådan er det regnet ud";
    const W_UNIT_PRICE: &'static str = "Estimeret enhedspris";
    const W_TRUNCATED: &'static str = "rundet ned til hele kroner";
    const W_THRESHOLD: &'static str = Self::THRESHOLD_LABEL;
    const W_INTERIM: &'static str = "Første rate (højst)";
    const W_ELIGIBLE: &'static str = "Udgifter, der kan dækkes";
    const W_TOTAL: &'static str = "Samlet udbetaling";
    const W_FINAL: &'static str = "Slutafregning";
    const W_OWN_FINANCING: &'static str = "Egenfinansiering";
    const W_PER_HIRE: &'static str = "Udbetaling pr. verificeret ansættelse";
    const W_ROUNDING: &'static str = "Alle beløb regnes i hele øre. Når et beløb deles, rundes der ned til hele øre; enhedsprisen rundes ned til hele kroner, som i rapportens tabel 3.";
    const LESSONS_HEADING: &'static str = "Erfaringer fra første runde";
    const NETWORK_LESSONS_HEADING: &'static str = "Netværkstilgangen: tjekliste";
    const NETWORK_LESSONS_LEAD: &'static str = "Evalueringsrapportens kapitel 4 peger på det, der drev resultaterne i netværksprojekterne. Det bygger på interview og projektbesøg, især hos de tre største netværksprojekter (afsnit 4.1), i en evaluering, der er beskrivende (afsnit 1.2). Ved hvert punkt står afsnittet i rapporten. Indgår det i jeres projekt?";
    const NETWORK_DRIVERS: [(&'static str, &'static str); 7] = [
        ("Bruger I det lokale politiske system, fx borgmesteren, som afsæt til at engagere virksomhederne?", "afsnit 4.3.2"),
        ("Foregår dialogen og aktiviteterne fra virksomhed til virksomhed?", "afsnit 4.3.2"),
        ("Beskriver I hver jobåbning systematisk og ensartet, fx med en fast skabelon?", "afsnit 4.3.2"),
        ("Har I en fast kontaktperson i jobcentret, der modtager jobåbningerne?", "afsnit 4.4.2"),
        ("Deltager jobcentret i selve aktiviteterne, fx netværksarrangementerne?", "afsnit 4.4.2"),
        ("Ringer jobcentret til virksomheden, så snart jobåbningen er modtaget, for at præcisere den: opgaver, timetal og kompetencer? (Sådan gør jobcentret i Randers.)", "afsnit 4.5.2"),
        ("Kan kontakten mellem borger og virksomhed tilrettelægges efter virksomhedens behov, fx en jobsamtale eller en kort kaffedialog?", "afsnit 4.5.2"),
    ];
    const NETWORK_BARRIERS_LEAD: &'static str = "Barrierer, som netværksprojekterne mødte:";
    const NETWORK_BARRIERS: [(&'static str, &'static str); 6] = [
        ("For få virksomheder deltog i aktiviteterne.", "afsnit 4.3.1"),
        ("Virksomhedernes behov blev ikke omsat til konkrete jobåbninger, der kunne besættes.", "afsnit 4.3.1"),
        ("Jobåbningerne nåede ikke frem til de relevante medarbejdere i jobcentret.", "afsnit 4.4.1"),
        ("Udsøgning og vurdering af match skete ikke hurtigt nok.", "afsnit 4.5.1"),
        ("Der blev matchet borgere uden for målgruppen (mindst et års sammenhængende ledighed), og de tæller ikke med.", "afsnit 4.5.1 og 3.1"),
        ("Opfølgningen efter ansættelsen var ikke systematiseret.", "afsnit 4.6.1"),
    ];
    const COURSE_LESSONS_HEADING: &'static str = "Forløbstilgangen: resultaterne i første runde";
    const COURSE_FINDING: &'static str = "De to forløbsprojekter, der havde indrapporteret resultater, havde tilsammen opnået 58 % af deres samlede resultatmål (22 ansættelser mod et resultatmål på 38), mod 109 % for de fire netværksprojekter, der havde indrapporteret (500 ansættelser mod et resultatmål på 460). Afsnit 3.1 og tabel 7.";
    const COURSE_CAVEATS: [&'static str; 3] = [
        "Kun to af de fire forløbsprojekter havde fået verificeret resultater (afsnit 3.1).",
        "Forløbsprojekternes resultatmål ligger markant under netværksprojekternes (afsnit 3.1).",
        "Resultaterne er foreløbige; projekterne kunne stadig indrapportere flere ansættelser (afsnit 3.1).",
    ];
    // ---- Embedding
    const EMBED_HEADING: &'static str = "Indlejr beregneren";
    const EMBED_LEAD: &'static str = "Sæt hele koden ind på jeres egen side. <iframe> viser beregneren med de tal, der står i felterne nu. <script> gør rammen lige så høj som indholdet; fjerner jeres system det, kan man i stedet rulle inde i rammen.";
    const FULL_PAGE_LINK: &'static str = "Se hele beregningen";
    const EMBED_COPY: &'static str = "Kopiér koden";
    const EMBED_COPIED: &'static str = "Koden er kopieret.";
    const EMBED_COPY_FALLBACK: &'static str =
        "Koden er markeret. Kopiér den med Ctrl+C (⌘+C på Mac).";
    const EMBED_CODE_LABEL: &'static str = "Kode til jeres side";
    const EMBED_IFRAME_TITLE: &'static str = "Puljeberegner: enhedspris og udbetaling for puljen til udbredelse af virksomheders sociale ansvar";
    // ---- Numbers

    /// `24.561 kr.`, `1.234.567,50 kr.`, `-100.000 kr.`: it ends in "kr.", so a sentence
    /// that ends with an amount needs no full stop of its own.
    fn money(m: Money) -> String {
        // One minus sign for a negative amount: U+2212, as in the workings.
        m.format(NumberFormat::Danish).replacen('-', "−", 1)
    }

    fn count(n: u32) -> String {
        grouped(u64::from(n))
    }

    fn field_amount(m: Money) -> String {
        m.to_number(NumberFormat::Danish)
    }

    fn field_count(n: u32) -> String {
        n.to_string()
    }

    fn hires_phrase(n: u32, verified: bool) -> String {
        match (n == 1, verified) {
            (true, true) => "1 verificeret ansættelse".into(),
            (true, false) => "1 ansættelse".into(),
            (false, true) => format!("{} verificerede ansættelser", Self::count(n)),
            (false, false) => format!("{} ansættelser", Self::count(n)),
        }
    }

    fn printed_on(date: &str) -> String {
        format!("Udskrevet {date}. Beregningen kan genskabes med linket:")
    }

    // ---- The calculator

    fn approach_name(a: Approach) -> &'static str {
        match a {
            Approach::Network => "Netværkstilgang",
            Approach::Course => "Forløbstilgang",
            Approach::Hybrid => "Hybridtilgang",
        }
    }

    fn approach_short(a: Approach) -> &'static str {
        match a {
            Approach::Network => "Netværk",
            Approach::Course => "Forløb",
            Approach::Hybrid => "Hybrid",
        }
    }

    fn approach_explanation(a: Approach) -> &'static str {
        match a {
            Approach::Network => "I får andre virksomheder til at ansætte borgere i målgruppen, fx gennem virksomhedsnetværk.",
            Approach::Course => "I gennemfører selv praktik- eller opkvalificeringsforløb for borgerne med henblik på ansættelse i egen virksomhed.",
            Approach::Hybrid => "Begge dele. Rapporten placerer AOF Midts hybridprojekt under forløbstilgangen, så I sammenlignes med forløbsprojekterne.",
        }
    }

    fn amount_error(e: &AmountError) -> String {
        match e {
            AmountError::Empty => "Skriv et beløb i kroner, fx 1.250.000.".into(),
            AmountError::Letters => "Beløbet må kun indeholde tal og evt. »kr.« eller »mio.«. Skriv fx 1.250.000 eller 1,25 mio.".into(),
            AmountError::Negative => "Beløbet kan ikke være negativt. Skriv fx 1.250.000.".into(),
            AmountError::Symbol(c) => format!("Tegnet »{c}« hører ikke til et beløb. Brug tal, punktum mellem tusinder og komma før øre, fx 1.250.000,50."),
            AmountError::TooManyDecimals => "Højst to decimaler (øre) efter kommaet. Tusinder skilles med punktum: 12.345 – øre med komma: 12.345,50.".into(),
            AmountError::MalformedGrouping => "Punktum eller mellemrum skal stå mellem grupper af tre cifre. Skriv fx 5.649.208 eller 5649208.".into(),
            AmountError::MalformedDecimals => "Brug ét komma, og kun før øre. Skriv fx 1.234.567,50 eller 1.234.567,-.".into(),
            AmountError::TooLarge => "Beløbet er over 1.000.000.000 kr. (hele puljen er 45 mio. kr.). Skriv et beløb på højst 1.000.000.000 kr.".into(),
            AmountError::Zero => "Det ansøgte beløb skal være over 0 kr. Skriv fx 1.250.000.".into(),
            AmountError::TooLong => "Feltet kan højst rumme 40 tegn. Skriv kun beløbet, fx 1.250.000.".into(),
        }
    }

    fn count_error(e: &CountError) -> String {
        match e {
            CountError::Empty => "Skriv et helt antal ansættelser, fx 17.".into(),
            CountError::Letters => "Skriv antallet med cifre, fx 17.".into(),
            CountError::Negative => "Antallet kan ikke være negativt. Skriv fx 17.".into(),
            CountError::NotWhole => {
                "Ansættelser tælles i hele personer. Skriv et helt tal uden komma, fx 17.".into()
            }
            CountError::Malformed => "Skriv et helt antal med cifre, fx 17 eller 1.000.".into(),
            CountError::TooSmall { min } => {
                format!("Antallet skal være mindst {min}. Skriv fx 17.")
            }
            CountError::TooLarge { max } => format!(
                "Højst {} ansættelser. Skriv et mindre tal.",
                Self::count(*max)
            ),
            CountError::TooLong => {
                "Feltet kan højst rumme 40 tegn. Skriv kun antallet, fx 17.".into()
            }
        }
    }

    fn approach_error(value: &str) -> String {
        format!("»{value}« er ikke en tilgang. Vælg netværkstilgang, forløbstilgang eller hybridtilgang.")
    }

    fn results_fix(budget: bool, target: bool) -> &'static str {
        match (budget, target) {
            (true, true) => "Ret det ansøgte beløb og resultatmålet for at se beregningen.",
            (true, false) => "Ret det ansøgte beløb for at se beregningen.",
            _ => "Ret resultatmålet for at se beregningen.",
        }
    }

    fn hires_hint(target: Option<u32>) -> String {
        match target {
            Some(t) => format!("Et helt antal. Lader I feltet stå tomt, regnes der med resultatmålet ({}). {}", Self::count(t), TARGET_GROUP),
            None => format!("Et helt antal. Lader I feltet stå tomt, regnes der med resultatmålet. {TARGET_GROUP}"),
        }
    }

    fn threshold_status(hires: u32, needed: u32, reached: bool) -> String {
        let (hires, needed) = (Self::hires_phrase(hires, true), Self::count(needed));
        if reached {
            format!("Med {hires} er 50 %-grænsen ({needed}) nået.")
        } else {
            format!("Med {hires} er 50 %-grænsen ({needed}) ikke nået: I får kun halvdelen af udgifterne dækket.")
        }
    }

    fn problems_announcement(fields: &[String]) -> String {
        match fields {
            [one] => format!("Der er et problem i feltet {one}."),
            [first @ .., last] => format!(
                "Der er {} problemer i felterne {} og {last}.",
                fields.len(),
                first.join(", ")
            ),
            [] => String::new(),
        }
    }

    fn results_announcement(unit_price: Money, total: Option<Money>) -> String {
        match total {
            // The amount's "kr." ends the sentence.
            Some(total) => format!(
                "Enhedspris {} Samlet udbetaling {}",
                Self::money(unit_price),
                Self::money(total)
            ),
            None => format!("Enhedspris {}", Self::money(unit_price)),
        }
    }

    // ---- Rules, comparison, flags

    fn rank_sentence(rank: usize, cheaper: usize) -> String {
        let cheaper = match cheaper {
            0 => "ingen".to_string(),
            n => n.to_string(),
        };
        format!("Jeres enhedspris er nr. {rank} af 10, regnet fra den laveste: {cheaper} af de ni projekter i første runde har en lavere enhedspris.")
    }

    fn group_average_label(group: Approach) -> &'static str {
        match group {
            Approach::Network => "Netværksprojekter: samlet tildelt beløb / samlet resultatmål",
            _ => {
                "Forløbsprojekter inkl. AOF Midts hybrid: samlet tildelt beløb / samlet resultatmål"
            }
        }
    }

    fn flag(f: &Flag) -> String {
        let m = Self::money;
        match *f {
            Flag::UnitPriceAboveRoundOne { unit_price, highest, project } => format!(
                "Enhedsprisen på {} er højere end i alle ni projekter i første runde (højeste: {}, {project}; tabel 3).",
                m(unit_price),
                m(highest)
            ),
            Flag::UnitPriceBelowRoundOne { unit_price, lowest, project } => format!(
                "Enhedsprisen på {} er lavere end i alle ni projekter i første runde (laveste: {}, {project}; tabel 3).",
                m(unit_price),
                m(lowest)
            ),
            Flag::UnitPriceAboveTwiceGroupAverage { unit_price, group_average, group } => format!(
                "Enhedsprisen på {} er mere end dobbelt så høj som gennemsnittet for {} i første runde ({}; samlet tildelt beløb / samlet resultatmål, tabel 3).",
                m(unit_price),
                Self::group_projects(group),
                m(group_average)
            ),
            Flag::UnitPriceBelowHalfGroupAverage { unit_price, group_average, group } => format!(
                "Enhedsprisen på {} er under halvdelen af gennemsnittet for {} i første runde ({}; samlet tildelt beløb / samlet resultatmål, tabel 3).",
                m(unit_price),
                Self::group_projects(group),
                m(group_average)
            ),
            Flag::TargetAboveGroup { target, largest, project, group } => format!(
                "Resultatmålet på {} er større end hos alle {} i første runde (største: {}, {project}; tabel 3).",
                Self::hires_phrase(target, false),
                Self::group_projects(group),
                Self::count(largest)
            ),
            Flag::BudgetAboveRoundOne { budget, largest, project } => format!(
                "Det ansøgte beløb på {} er større end alle tildelte beløb i første runde (største: {}, {project}; tabel 3).",
                m(budget),
                m(largest)
            ),
            Flag::BudgetAbovePool { budget, pool } => format!(
                "Det ansøgte beløb på {} er større end hele puljen på {} for 2018–2021 (rapportens kapitel 1).",
                m(budget),
                m(pool)
            ),
        }
    }

    fn group_projects(group: Approach) -> &'static str {
        match group {
            Approach::Network => "netværksprojekterne",
            _ => "forløbsprojekterne (inkl. AOF Midts hybrid)",
        }
    }

    // ---- Scenarios

    fn level_label(n: usize) -> String {
        format!("Niveau {n} (%)")
    }

    fn level_error(e: &LevelError) -> String {
        match e {
            LevelError::Empty => "Skriv en procent, fx 90.".into(),
            LevelError::NotANumber => "Skriv en hel procent med cifre, fx 90.".into(),
            LevelError::OutOfRange => "Skriv en procent fra 0 til 200.".into(),
        }
    }

    fn percent(p: u32) -> String {
        format!("{p} %")
    }

    fn hire_level_kind(kind: &HireLevelKind, coinciding: &[u32]) -> String {
        let mut out = match kind {
            HireLevelKind::Percent(p) => format!("{p} % af målet"),
            HireLevelKind::BelowThreshold => "én under 50 %-grænsen".to_string(),
            HireLevelKind::Threshold => "50 %-grænsen".to_string(),
        };
        if !coinciding.is_empty() {
            let list: Vec<String> = coinciding.iter().map(|p| Self::percent(*p)).collect();
            out.push_str(&format!(" (= {})", list.join(", ")));
        }
        out
    }

    fn approach_total_name(approach: Approach) -> &'static str {
        match approach {
            Approach::Network => {
                "Netværksprojekter med indrapporterede resultater (4 af 5, tabel 7)"
            }
            _ => "Forløbsprojekter med indrapporterede resultater (2 af 4, tabel 7)",
        }
    }

    fn as_if_lead(target: u32, threshold: u32, expenses: Money) -> String {
        // The amount's "kr." ends the sentence.
        format!(
            "Med et resultatmål på {} skal {} verificeres for at nå 50 %-grænsen. Udbetalingen er regnet med udgifter på {}",
            Self::count(target),
            Self::hires_phrase(threshold, false),
            Self::money(expenses)
        )
    }

    fn chart_description(c: &PayoutChart) -> String {
        // An amount's "kr." ends the second and the last sentence.
        format!(
            "Kurven viser samlet udbetaling fra 0 til {}. Under {} udbetales {}; ved {} eller flere springer udbetalingen til {} Jeres scenarie: {} giver {}",
            Self::hires_phrase(c.x_max, true),
            Self::hires_phrase(c.threshold, false),
            Self::money(c.jump.low),
            Self::count(c.threshold),
            Self::money(c.jump.high),
            Self::hires_phrase(c.scenario.hires, false),
            Self::money(c.scenario.payout)
        )
    }

    fn achievement_label(
        name: &str,
        percent: u32,
        hires: u32,
        clamped: bool,
        unverified: bool,
    ) -> String {
        format!(
            "{name} {}: {}{}{}",
            Self::percent(percent),
            Self::count(hires),
            if clamped { " →" } else { "" },
            if unverified {
                " (ikke verificeret)"
            } else {
                ""
            }
        )
    }

    fn scenario_marker_label(hires: u32, payout: Money, clamped: bool) -> String {
        format!(
            "Jeres scenarie: {}, {}{}",
            Self::hires_phrase(hires, false),
            Self::money(payout),
            if clamped { " →" } else { "" }
        )
    }

    fn cash_interim(needed: u32, interim: Money, reached: bool) -> String {
        if reached {
            // The amount's "kr." ends the first sentence.
            format!(
                "Når {} er indsendt til og verificeret af STAR, kan I få udbetalt op til {} Der udbetales intet, før resultaterne er verificeret.",
                Self::hires_phrase(needed, false),
                Self::money(interim)
            )
        } else {
            format!(
                "Udbetales ikke i jeres scenarie: det kræver {}. Indtil projektet slutter, finansierer I selv alle udgifter.",
                Self::hires_phrase(needed, true)
            )
        }
    }

    fn cash_final(final_payment: Money) -> String {
        if final_payment.is_negative() {
            format!(
                "Efter projektets afslutning, når det endelige regnskab er indsendt: hvis I har fået fuld første rate, skal I efter beregnerens antagelse betale {} tilbage.",
                Self::money(Money::ZERO - final_payment)
            )
        } else {
            // The amount's "kr." ends the sentence.
            format!(
                "Efter projektets afslutning, når det endelige regnskab er indsendt: {}",
                Self::money(final_payment)
            )
        }
    }

    fn repayment_warning(interim: Money, total: Money, final_payment: Money) -> String {
        format!(
            "Hvis I har fået fuld første rate ({}), er den større end den samlede udbetaling ({}), fordi udgifterne er lavere end halvdelen af det ansøgte beløb. Så skal I efter beregnerens antagelse betale {} tilbage ved slutafregningen (rapporten nævner ikke tilbagebetaling).",
            Self::money(interim),
            Self::money(total),
            Self::money(Money::ZERO - final_payment)
        )
    }

    fn own_financing_warning(own: Money, expenses: Money) -> String {
        // The second amount's "kr." ends the first sentence.
        format!(
            "I skal selv finansiere {} af udgifterne på {} Tjek, at I har råd til det, hvis det går sådan.",
            Self::money(own),
            Self::money(expenses)
        )
    }

    fn w_threshold(target: u32, needed: u32) -> String {
        if target.is_multiple_of(2) {
            format!("{} / 2 = {}", Self::count(target), Self::count(needed))
        } else {
            format!(
                "{} / 2 = {},5 → rundet op: {}",
                Self::count(target),
                Self::count(target / 2),
                Self::count(needed)
            )
        }
    }

    fn w_interim_not_reached(hires: u32, needed: u32) -> String {
        format!(
            "{} er under {}: ingen første rate (0 kr.)",
            Self::hires_phrase(hires, false),
            Self::count(needed)
        )
    }

    fn w_eligible(expenses: Money, budget: Money, eligible: Money) -> String {
        format!(
            "det mindste af de afholdte udgifter ({}) og det ansøgte beløb ({}) = {}",
            Self::money(expenses),
            Self::money(budget),
            Self::money(eligible)
        )
    }
}
