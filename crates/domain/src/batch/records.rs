//! CSV reading: the separator detected, and the text split into records of trimmed
//! fields (quotes, line ends, the field cap), linear in the text's length.

/// Fields kept per record; any further ones are only counted (a row that long is
/// wrong anyway, and this keeps one huge line from filling memory). A header column
/// beyond it is not seen.
pub const MAX_FIELDS: usize = 64;

/// The character between fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Separator {
    /// `;`, Danish Excel's CSV.
    Semicolon,
    /// `,`, Google Sheets and English Excel's CSV.
    Comma,
    /// A tab, Excel's clipboard and tab-separated text.
    Tab,
}

impl Separator {
    /// The character itself.
    pub const fn as_char(self) -> char {
        match self {
            Separator::Semicolon => ';',
            Separator::Comma => ',',
            Separator::Tab => '\t',
        }
    }
}

/// One record of delimited text, as the reader splits it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record<'a> {
    /// 1-based line where the record starts.
    pub line: usize,
    /// The fields, unquoted and trimmed; at most [`MAX_FIELDS`] are kept.
    pub fields: Vec<String>,
    /// How many fields the record has, kept or not.
    pub field_count: usize,
    /// How many fields up to and including the last non-empty one (0: an empty record).
    pub filled_width: usize,
    /// The record's text, without its line ending.
    pub raw: &'a str,
    /// A quote opened in the record is never closed; the record is its first line only.
    pub unclosed_quote: bool,
}

/// The records of a text, one at a time (the rules: [the batch check](super)).
///
/// Linear in the text's length, even for quotes that never close: a line break passed
/// inside quotes by a record that then ran to the end of the text unclosed is
/// remembered, and any later record inside quotes at the same line break gives up
/// there (from a line break inside quotes, where the text ends unclosed does not
/// depend on where the record began).
#[derive(Debug, Clone)]
pub struct Records<'a> {
    text: &'a str,
    separator: char,
    pos: usize,
    line: usize,
    breaks_known_unclosed: BitSet,
}

/// A set of byte positions in the text, one bit each (allocated on the first insertion):
/// constant-time, and smaller code than a hash set.
#[derive(Debug, Clone, Default)]
struct BitSet(Vec<u64>);

impl BitSet {
    fn contains(&self, at: usize) -> bool {
        self.0
            .get(at / 64)
            .is_some_and(|w| w & (1 << (at % 64)) != 0)
    }

    fn insert(&mut self, at: usize) {
        if self.0.len() <= at / 64 {
            self.0.resize(at / 64 + 1, 0);
        }
        self.0[at / 64] |= 1 << (at % 64);
    }
}

/// Splits `text` (without a byte order mark) into records separated by `separator`.
pub fn records(text: &str, separator: Separator) -> Records<'_> {
    Records {
        text,
        separator: separator.as_char(),
        pos: 0,
        line: 1,
        breaks_known_unclosed: BitSet::default(),
    }
}

impl<'a> Iterator for Records<'a> {
    type Item = Record<'a>;

    fn next(&mut self) -> Option<Record<'a>> {
        let text = self.text;
        let start = self.pos;
        if start >= text.len() {
            return None;
        }
        let start_line = self.line;
        let mut fields = FieldsBuilder::default();
        let mut field = String::new();
        let mut field_blank = true;
        let mut in_quotes = false;
        let mut was_quoted = false;
        let mut breaks_in_quotes = Vec::new();
        let mut end = text.len();
        let mut next_pos = text.len();
        let mut chars = text[start..].char_indices().peekable();
        while let Some((offset, c)) = chars.next() {
            if in_quotes {
                match c {
                    '"' if chars.peek().map(|&(_, n)| n) == Some('"') => {
                        chars.next();
                        field.push('"');
                    }
                    '"' => in_quotes = false,
                    '\r' | '\n' => {
                        let at = start + offset;
                        if self.breaks_known_unclosed.contains(at) {
                            break;
                        }
                        breaks_in_quotes.push(at);
                        if c == '\r' && chars.peek().map(|&(_, n)| n) == Some('\n') {
                            chars.next();
                        }
                        field.push('\n');
                        self.line += 1;
                    }
                    _ => field.push(c),
                }
            } else if c == self.separator {
                fields.push(&field);
                field.clear();
                field_blank = true;
                was_quoted = false;
            } else if c == '\r' || c == '\n' {
                end = start + offset;
                next_pos = end + 1;
                if c == '\r' && chars.peek().map(|&(_, n)| n) == Some('\n') {
                    next_pos += 1;
                }
                self.line += 1;
                break;
            } else if c == '"' && field_blank && !was_quoted {
                field.clear();
                in_quotes = true;
                was_quoted = true;
            } else {
                field_blank &= c.is_whitespace();
                field.push(c);
            }
        }
        if in_quotes {
            for at in breaks_in_quotes {
                self.breaks_known_unclosed.insert(at);
            }
            return Some(self.unclosed_quote(start, start_line));
        }
        fields.push(&field);
        self.pos = next_pos;
        Some(Record {
            line: start_line,
            fields: fields.kept,
            field_count: fields.count,
            filled_width: fields.filled_width,
            raw: &text[start..end],
            unclosed_quote: false,
        })
    }
}

impl<'a> Records<'a> {
    /// The record whose quote never closes: only its first line, so that the lines
    /// after it are still read.
    fn unclosed_quote(&mut self, start: usize, start_line: usize) -> Record<'a> {
        let text = self.text;
        let (end, next_pos) = match text[start..].find(['\r', '\n']) {
            Some(offset) => {
                let end = start + offset;
                let ending = if text[end..].starts_with("\r\n") {
                    2
                } else {
                    1
                };
                (end, end + ending)
            }
            None => (text.len(), text.len()),
        };
        self.pos = next_pos;
        self.line = start_line + 1;
        Record {
            line: start_line,
            fields: Vec::new(),
            field_count: 0,
            filled_width: 0,
            raw: &text[start..end],
            unclosed_quote: true,
        }
    }
}

#[derive(Default)]
struct FieldsBuilder {
    kept: Vec<String>,
    count: usize,
    filled_width: usize,
}

impl FieldsBuilder {
    fn push(&mut self, field: &str) {
        let trimmed = field.trim();
        self.count += 1;
        if !trimmed.is_empty() {
            self.filled_width = self.count;
        }
        if self.kept.len() < MAX_FIELDS {
            self.kept.push(trimmed.to_owned());
        }
    }
}

/// The separator of a text: tab if its first non-empty record has a tab outside
/// quotes; else `;` if it has one outside quotes; else `,`. When a quote in the text
/// never closes, the first non-empty line is looked at without regard to quotes.
pub fn detect_separator(text: &str) -> Separator {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    scan_first_record(text, true)
        .unwrap_or_else(|| scan_first_record(text, false).unwrap_or(Separator::Comma))
}

/// `None` when quotes are respected and one never closes. A quote opens a quoted field
/// only at the start of a field (after line start or a candidate separator, spaces
/// aside), as the reader's own rule has it; inside, `""` is a quote character.
fn scan_first_record(text: &str, respect_quotes: bool) -> Option<Separator> {
    let mut in_quotes = false;
    let mut field_start = true;
    let mut has_content = false;
    let mut has_tab = false;
    let mut has_semicolon = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if in_quotes {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    chars.next();
                } else {
                    in_quotes = false;
                }
            }
            continue;
        }
        match c {
            '"' if respect_quotes && field_start => {
                in_quotes = true;
                has_content = true;
                field_start = false;
            }
            '\t' => {
                has_tab = true;
                field_start = true;
            }
            ';' | ',' => {
                has_semicolon |= c == ';';
                field_start = true;
            }
            '\r' | '\n' if has_content || has_tab || has_semicolon => break,
            '\r' | '\n' => field_start = true,
            c if c.is_whitespace() => {}
            _ => {
                has_content = true;
                field_start = false;
            }
        }
    }
    if in_quotes {
        return None;
    }
    Some(if has_tab {
        Separator::Tab
    } else if has_semicolon {
        Separator::Semicolon
    } else {
        Separator::Comma
    })
}
