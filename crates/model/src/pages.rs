//! The site's pages: which language and view a page is, where it lives, and the links between them.

use crate::domain::batch::Language;
use crate::domain::money::NumberFormat;

/// The language of a page: its `lang` URL parameter, its folder, the language switch.
/// What the page says comes from [`crate::texts::Page`], chosen at compile time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    /// Dansk, the default.
    #[default]
    Da,
    /// English (`?lang=en`).
    En,
}

impl Lang {
    /// The language of this build's pages. Each page's wasm is built for one language
    /// (feature `lang-en` for English, see the Makefile) so it carries only that
    /// language's texts. A page opened with the other language's `lang` goes to that
    /// language's page first.
    pub const PAGE: Lang = if cfg!(feature = "lang-en") {
        Lang::En
    } else {
        Lang::Da
    };

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

    /// How numbers are typed on this language's page.
    pub const fn number_format(self) -> NumberFormat {
        match self {
            Lang::Da => NumberFormat::Danish,
            Lang::En => NumberFormat::English,
        }
    }

    /// How this language's batch page reads a batch: its numbers and its headings.
    pub const fn batch_language(self) -> Language {
        match self {
            Lang::Da => Language::Danish,
            Lang::En => Language::English,
        }
    }
}

/// Where a page of the site is, relative to the site's root. Each page is a folder with
/// its own wasm: the calculator's does not carry the batch code, a Danish page does not
/// carry the English texts. A page opened with another page's `view` or `lang` goes there.
pub const fn page_path(view: View, lang: Lang) -> &'static str {
    match (lang, view) {
        (Lang::Da, View::Calculator) => "",
        (Lang::Da, View::Batch) => "batch/",
        (Lang::En, View::Calculator) => "en/",
        (Lang::En, View::Batch) => "en/batch/",
    }
}

/// A relative link from one page to another: `./`, `batch/`, `../`, `../en/batch/` …
pub fn page_link(from: (View, Lang), to: (View, Lang)) -> String {
    let (from, to) = (page_path(from.0, from.1), page_path(to.0, to.1));
    // The folders both paths start with are not left and re-entered.
    let common: usize = from
        .split_inclusive('/')
        .zip(to.split_inclusive('/'))
        .take_while(|(a, b)| a == b)
        .map(|(a, _)| a.len())
        .sum();
    let up = from[common..].matches('/').count();
    let link = format!("{}{}", "../".repeat(up), &to[common..]);
    if link.is_empty() {
        "./".to_string()
    } else {
        link
    }
}

/// Which view the page shows (`view=batch` for the caseworkers' batch check).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    /// The single calculator, for applicants.
    #[default]
    Calculator,
    /// "Tjek mange ansøgninger": many applications at once, for STAR caseworkers.
    Batch,
}
