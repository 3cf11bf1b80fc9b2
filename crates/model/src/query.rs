//! The query string of a page's address: percent-encoding, and its `name=value` pairs
//! read and written. Which names mean what is the state's business (`State::from_query`).

/// The query without a leading `?`, cut after `max_chars` characters; `true` when it
/// was longer and cut.
pub fn cut_query(query: &str, max_chars: usize) -> (&str, bool) {
    let query = query.strip_prefix('?').unwrap_or(query);
    match query.char_indices().nth(max_chars) {
        Some((cut, _)) => (&query[..cut], true),
        None => (query, false),
    }
}

/// The `name=value` pairs of a query (without `?`), decoded, in order. Empty pairs are
/// skipped; a pair without `=` has an empty value.
pub fn pairs(query: &str) -> impl Iterator<Item = (String, String)> + '_ {
    query.split('&').filter(|p| !p.is_empty()).map(|pair| {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        (percent_decode(name), percent_decode(value))
    })
}

/// Appends `name=value` to a query, after a `&` unless it is the first pair. The name
/// is written as is (the app's own names need no escapes); the value is encoded.
pub fn push_pair(query: &mut String, name: &str, value: &str) {
    if !query.is_empty() {
        query.push('&');
    }
    query.push_str(name);
    query.push('=');
    percent_encode_into(query, value);
}

/// Decodes `%XX` escapes and `+` (a space, as forms send it); bad escapes stay as typed
/// and invalid UTF-8 becomes U+FFFD.
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len()
                && hex(bytes[i + 1]).is_some()
                && hex(bytes[i + 2]).is_some() =>
            {
                out.push(hex(bytes[i + 1]).unwrap_or(0) * 16 + hex(bytes[i + 2]).unwrap_or(0));
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Appends `value` percent-encoded for a query string; digits, letters, `-._~,` stay.
fn percent_encode_into(out: &mut String, value: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b',') {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn encoded(value: &str) -> String {
        let mut out = String::new();
        percent_encode_into(&mut out, value);
        out
    }

    #[test]
    fn letters_digits_and_a_few_marks_stay_everything_else_is_escaped() {
        assert_eq!(encoded("aZ09-._~,"), "aZ09-._~,");
        assert_eq!(encoded("1.234,50 kr."), "1.234,50%20kr.");
        assert_eq!(encoded("&=+%?#"), "%26%3D%2B%25%3F%23");
        assert_eq!(encoded("æ"), "%C3%A6");
        assert_eq!(encoded("😀"), "%F0%9F%98%80");
    }

    #[test]
    fn what_is_encoded_decodes_to_itself() {
        for value in ["", "a b", "1.234.567,50", "&=+%", "æøå ÆØÅ", "😀", "100%"] {
            assert_eq!(percent_decode(&encoded(value)), value, "{value:?}");
        }
    }

    #[test]
    fn pairs_are_split_decoded_and_empty_ones_skipped() {
        let read: Vec<_> = pairs("a=1&&b&c=x%3Dy&=z&d=e=f").collect();
        let expected = [("a", "1"), ("b", ""), ("c", "x=y"), ("", "z"), ("d", "e=f")];
        assert_eq!(read, expected.map(|(n, v)| (n.to_string(), v.to_string())));
    }

    #[test]
    fn pairs_are_written_with_ampersands_between() {
        let mut query = String::new();
        push_pair(&mut query, "budget", "1.000 kr.");
        push_pair(&mut query, "lang", "en");
        assert_eq!(query, "budget=1.000%20kr.&lang=en");
    }

    #[test]
    fn a_query_is_cut_after_its_characters_not_its_bytes() {
        assert_eq!(cut_query("?a=1", 10), ("a=1", false));
        assert_eq!(cut_query("a=1", 3), ("a=1", false));
        assert_eq!(cut_query("?a=æøå", 4), ("a=æø", true));
        assert_eq!(cut_query("??", 0), ("", true));
    }
}
