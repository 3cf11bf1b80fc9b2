//! Dansk: the batch check's texts.

use super::BatchTexts;
use crate::domain::approach::Approach;
use crate::domain::batch::Encoding;
use crate::domain::batch::{BatchError, Column, RowError, Separator};
use crate::texts::da::{grouped, Da};
use crate::texts::Texts;

impl BatchTexts for Da {
    // ---- The page and its table
    const BATCH_HEADING: &'static str = "Tjek mange ansøgninger";
    const BATCH_LEAD: &'static str = "Til STAR's sagsbehandlere: indsæt ansøgningerne fra et regneark, og få enhedspris, placering i forhold til første runde og det, der er værd at se nærmere på, for dem alle på én gang. Intet sendes nogen steder hen; alt regnes ud i browseren.";
    const PASTE_LABEL: &'static str = "Ansøgninger";
    const PASTE_HINT: &'static str = "Kopiér rækkerne fra Excel eller Google Sheets. Hver række er én ansøgning: projekt, ansøgt beløb, resultatmål og tilgang (netværk, forløb eller hybrid). Med en overskriftslinje må kolonnerne stå i vilkårlig rækkefølge, og jeres egne kolonner, fx sagsnummer, kommer med; uden overskrift skal de stå i denne rækkefølge. Kolonnerne kan være adskilt med semikolon, komma eller tabulator. Der kan tjekkes højst 5.000 rækker ad gangen, og navne, egne kolonner og afviste rækker må tilsammen fylde højst 1 MiB.";
    const FILE_LABEL: &'static str = "Eller vælg en fil (.csv eller .txt)";
    const EXAMPLE_BUTTON: &'static str = "Indsæt de ni projekter fra første runde som eksempel";
    const SUMMARY_HEADING: &'static str = "Overblik";
    const S_APPLICATIONS: &'static str = "Ansøgninger";
    const S_TOTAL_BUDGET: &'static str = "Samlet ansøgt beløb";
    const S_TOTAL_TARGET: &'static str = "Samlet resultatmål";
    const S_UNIT_PRICE: &'static str = "Enhedspris: samlet ansøgt beløb / samlet resultatmål";
    const S_ROUND_ONE: &'static str =
        "Første runde: samlet tildelt beløb / samlet resultatmål (tabel 3)";
    const S_ROUND_TWO_NOTE: &'static str = "STAR oplyser ikke, hvordan enhedsprisen for anden runde er regnet ud, så den kan ikke uden videre sammenlignes med første rundes tal fra tabel 3.";
    const S_FLAGGED: &'static str = "Ansøgninger med bemærkninger";
    const BATCH_TABLE_CAPTION: &'static str = "Tjekkede ansøgninger";
    const SORT_HINT: &'static str = "Vælg en kolonneoverskrift for at sortere.";
    const COL_LINE: &'static str = "Linje";
    const BATCH_COL_THRESHOLD: &'static str = Self::THRESHOLD_LABEL;
    const COL_RANK: &'static str = "Placering blandt 10";
    const COL_FLAGS: &'static str = "Bemærkninger";
    const OPEN_LINK: &'static str = "Åbn i beregneren";
    const ERRORS_HEADING: &'static str = "Rækker, der ikke kunne tjekkes";
    const DOWNLOAD: &'static str = "Download CSV";
    const EMPTY: &'static str = "Indsæt eller vælg ansøgninger for at tjekke dem.";
    const CSV_FILENAME: &'static str = "puljeberegner-tjek.csv";

    const CSV_HEADER: [&'static str; 8] = [
        Self::COL_PROJECT,
        "Ansøgt beløb (kr.)",
        Self::COL_TARGET,
        Self::COL_APPROACH,
        "Enhedspris (kr.)",
        Self::BATCH_COL_THRESHOLD,
        "Placering blandt første runde (1 = laveste enhedspris af 10)",
        "Flag",
    ];

    // ---- Messages

    fn batch_row_error(e: &RowError) -> String {
        match e {
            RowError::Budget(e) => {
                format!(
                    "{}: {}",
                    Self::column(Column::Budget),
                    Self::amount_error(e)
                )
            }
            RowError::Target(e) => {
                format!("{}: {}", Self::column(Column::Target), Self::count_error(e))
            }
            RowError::UnknownApproach(value) => Self::approach_error(value),
            RowError::ColumnCount {
                expected,
                found,
                separator,
            } => {
                let mut s = format!(
                    "Linjen har {found} {}, men der skal være {expected}: projekt, ansøgt beløb, resultatmål og tilgang.",
                    if *found == 1 { "kolonne" } else { "kolonner" }
                );
                if *separator == Separator::Comma {
                    s.push_str(" Kolonnerne er adskilt med komma, så et beløb med decimaler skal stå i anførselstegn, fx \"1.234,50\".");
                }
                s
            }
            RowError::MissingName => "Projektets navn mangler.".into(),
            RowError::MissingApproach => {
                "Tilgangen mangler. Skriv netværk, forløb eller hybrid.".into()
            }
            RowError::UnclosedQuote => {
                "Et anførselstegn (\") på linjen lukkes aldrig. Linjen er læst for sig selv.".into()
            }
        }
    }

    fn batch_error(e: &BatchError) -> String {
        match e {
            BatchError::TooLarge { bytes, max } => format!(
                "Ansøgningerne fylder {} byte (navne, egne kolonner og afviste rækker, uden mellemrum og skilletegn); der kan højst tjekkes {} byte (1 MiB) ad gangen. Del listen op.",
                grouped(*bytes as u64),
                grouped(*max as u64)
            ),
            BatchError::TextTooLarge { bytes, max } => format!(
                "Teksten fylder {} byte; der kan højst læses {} byte (16 MiB) ad gangen. Del listen op.",
                grouped(*bytes as u64),
                grouped(*max as u64)
            ),
            BatchError::TooManyRows { max } => format!(
                "Der er mere end {0} ansøgninger; der kan højst tjekkes {0} ad gangen. Del listen op.",
                grouped(*max as u64)
            ),
            BatchError::MissingColumn { column, line } => format!(
                "Overskriften på linje {line} mangler kolonnen »{}«. Brug overskrifterne Projekt, Ansøgt beløb, Resultatmål og Tilgang – eller udelad overskriften og brug den rækkefølge.",
                Self::column(*column)
            ),
            BatchError::DuplicateColumn { column, line } => format!(
                "Overskriften på linje {line} har kolonnen »{}« to gange. Behold én.",
                Self::column(*column)
            ),
        }
    }

    fn batch_line(line: usize) -> String {
        format!("Linje {line}")
    }

    const FILE_UNREADABLE: &'static str = "Filen kunne ikke læses, så teksten i feltet er uændret. Vælg filen igen, eller åbn den og kopiér indholdet ind i feltet.";

    fn file_too_large(bytes: f64) -> String {
        format!(
            "Filen er på {} kB; højst 16.384 kB (16 MiB) kan læses. Del den op i mindre filer.",
            grouped((bytes / 1024.0).ceil() as u64)
        )
    }

    fn rank_short(rank: usize) -> String {
        format!("{rank} af 10")
    }

    fn per_approach(counts: &[(Approach, usize)]) -> String {
        counts
            .iter()
            .map(|(a, n)| format!("{}: {n}", Self::approach_short(*a)))
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn rows_shown(shown: usize, total: usize) -> String {
        format!(
            "Viser {} af {} {}.",
            grouped(shown as u64),
            grouped(total as u64),
            if total == 1 {
                "ansøgning"
            } else {
                "ansøgninger"
            }
        )
    }

    fn show_more(n: usize) -> String {
        if n == 1 {
            "Vis 1 mere".into()
        } else {
            format!("Vis {} flere", grouped(n as u64))
        }
    }

    fn show_all(total: usize) -> String {
        format!("Vis alle {}", grouped(total as u64))
    }

    // ---- The batch check: files, order, rejected rows, status

    const S_ENCODING: &'static str = "Filen læst som";

    fn encoding_read(e: Encoding) -> &'static str {
        match e {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf16Le => "UTF-16 (little-endian), Excels »Unicode-tekst«",
            Encoding::Utf16Be => "UTF-16 (big-endian)",
            Encoding::Windows1252 => {
                "Windows-1252, Excels »CSV (semikolonsepareret)« på dansk Windows"
            }
        }
    }

    const BATCH_KEPT: &'static str = "Teksten gemmes kun i denne fane i din browser, så den er her igen, når du går tilbage eller genindlæser siden. Intet sendes nogen steder hen.";
    const BATCH_NOT_KEPT: &'static str = "Teksten er for stor til, at browseren kan gemme den i denne fane: den er væk, hvis du går tilbage eller genindlæser siden. Intet sendes nogen steder hen.";
    const EXAMPLE_REPLACED: &'static str = "Eksemplet erstattede din tekst.";
    const UNDO: &'static str = "Fortryd";
    const BATCH_PENDING: &'static str = "Tjekkes, når du holder en pause i skrivningen …";
    const CSV_ERROR_HEADER: &'static str = "Fejl";
    const S_REJECTED: &'static str = "Afviste rækker";

    fn rejected_link(n: usize) -> String {
        match n {
            1 => "Se den afviste række".into(),
            n => format!("Se de {} afviste rækker", grouped(n as u64)),
        }
    }

    fn export_rejected(n: usize) -> String {
        match n {
            1 => "Medtag den afviste række i CSV-filen, med linje og fejl".into(),
            n => format!(
                "Medtag de {} afviste rækker i CSV-filen, med linje og fejl",
                grouped(n as u64)
            ),
        }
    }

    fn batch_checked_status(checked: usize, rejected: usize) -> String {
        let rows = |n: usize| match n {
            1 => "1 række".to_string(),
            n => format!("{} rækker", grouped(n as u64)),
        };
        match rejected {
            0 => format!("{} tjekket, ingen afvist.", rows(checked)),
            n => format!(
                "{} tjekket, heraf {} afvist.",
                rows(checked),
                grouped(n as u64)
            ),
        }
    }

    // ---- The batch check: the caseworker says which column is which

    const CHOICE_HEADING: &'static str = "Hvilken kolonne er hvilken?";
    const CHOICE_HINT: &'static str = "Overskriften nævner ikke alle fire kolonner. Vælg, hvilken af arkets kolonner der er hvilken, så tjekkes rækkerne, uden at du retter i arket. Valget gælder denne overskrift og gemmes med teksten i denne fane.";
    const CHOICE_NONE: &'static str = "Vælg en kolonne";
    const CHOICE_RESET: &'static str =
        "Overskrifterne er ændret, så dit tidligere valg af kolonner gælder ikke længere.";

    fn choice_option(position: usize, heading: &str) -> String {
        if heading.is_empty() {
            format!("Kolonne {position} (uden overskrift)")
        } else {
            format!("{heading} (kolonne {position})")
        }
    }

    fn choice_missing(column: Column) -> String {
        format!("Vælg kolonnen med »{}«.", Self::column(column))
    }

    fn choice_taken(column: Column, by: Column) -> String {
        format!(
            "Vælg en anden kolonne til »{}«: den valgte er allerede »{}«.",
            Self::column(column),
            Self::column(by)
        )
    }
}
