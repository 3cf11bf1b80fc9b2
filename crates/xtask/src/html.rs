//! Just enough reading of a built page's HTML for the build's steps and checks: the
//! elements of one name with their attributes and text, and one attribute of a tag. The
//! pages are our own, written by Trunk and our steps, so this need not parse any HTML.

use std::ops::Range;

/// One element as written in the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Element<'a> {
    /// The start tag, `<script type="module">`.
    pub tag: &'a str,
    /// The text between the start and end tag (empty for a void element).
    pub text: &'a str,
    /// Where the whole element is, end tag included.
    pub range: Range<usize>,
}

impl Element<'_> {
    /// The value of the start tag's attribute `name`, if it has one.
    pub fn attr(&self, name: &str) -> Option<&str> {
        attr(self.tag, name)
    }
}

/// The value of attribute `name` in start tag `tag` (`name="…"`, `name='…'` or bare).
pub fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let bytes = tag.as_bytes();
    let mut from = 0;
    while let Some(at) = tag[from..].find(name).map(|i| i + from) {
        from = at + name.len();
        let before_ok = at > 0 && bytes[at - 1].is_ascii_whitespace();
        let rest = &tag[from..];
        let after = rest.bytes().next();
        if !before_ok {
            continue;
        }
        match after {
            Some(b'=') => {
                let value = &rest[1..];
                return Some(match value.bytes().next() {
                    Some(q @ (b'"' | b'\'')) => {
                        let end = value[1..].find(q as char).map_or(value.len(), |e| e + 1);
                        &value[1..end]
                    }
                    _ => {
                        let end = value
                            .find(|c: char| c.is_ascii_whitespace() || c == '>')
                            .unwrap_or(value.len());
                        &value[..end]
                    }
                });
            }
            Some(b) if b.is_ascii_whitespace() || b == b'>' || b == b'/' => return Some(""),
            _ => continue,
        }
    }
    None
}

/// Every `<name …>` element of `html` in order. `void` elements (`link`, `meta`) have no
/// text or end tag; the others run to their `</name>`.
pub fn elements<'a>(html: &'a str, name: &str) -> Result<Vec<Element<'a>>, String> {
    let void = matches!(name, "link" | "meta");
    let open = format!("<{name}");
    let close = format!("</{name}>");
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(start) = html[from..].find(&open).map(|i| i + from) {
        let after = html[start + open.len()..].bytes().next();
        if !matches!(after, Some(b' ' | b'>' | b'/' | b'\n' | b'\t')) {
            from = start + open.len();
            continue;
        }
        let tag_end = html[start..]
            .find('>')
            .map(|i| start + i + 1)
            .ok_or(format!("a <{name}> tag is not closed"))?;
        let tag = &html[start..tag_end];
        let (text, end) = if void {
            ("", tag_end)
        } else {
            let text_end = html[tag_end..]
                .find(&close)
                .map(|i| tag_end + i)
                .ok_or(format!("a <{name}> has no {close}"))?;
            (&html[tag_end..text_end], text_end + close.len())
        };
        out.push(Element {
            tag,
            text,
            range: start..end,
        });
        from = end;
    }
    Ok(out)
}

/// The page's inline scripts (a `<script>` without `src`) and style sheets (`<style>`),
/// their texts exactly as written: what the policy must allow by hash.
pub fn inline_texts(html: &str) -> Result<(Vec<&str>, Vec<&str>), String> {
    let scripts = elements(html, "script")?
        .into_iter()
        .filter(|e| e.attr("src").is_none())
        .map(|e| e.text)
        .collect();
    let styles = elements(html, "style")?
        .into_iter()
        .map(|e| e.text)
        .collect();
    Ok((scripts, styles))
}

/// The page's Content-Security-Policy `<meta>`.
pub fn policy_meta(html: &str) -> Result<Element<'_>, String> {
    elements(html, "meta")?
        .into_iter()
        .find(|m| m.attr("http-equiv") == Some("Content-Security-Policy"))
        .ok_or_else(|| "no Content-Security-Policy <meta> in the page".to_string())
}

/// The Content-Security-Policy in the page's `<meta>`, and where its value is.
pub fn policy(html: &str) -> Result<(&str, Range<usize>), String> {
    let meta = policy_meta(html)?;
    let value = attr(meta.tag, "content").ok_or("the policy's <meta> has no content")?;
    let offset = meta.tag.find(value).ok_or("the policy is not quoted")? + meta.range.start;
    Ok((value, offset..offset + value.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<head><meta http-equiv="Content-Security-Policy" content="script-src 'self'" /><link rel="modulepreload" href="./a.js" integrity="sha384-x"><style>p{}</style><script type="module">go()</script><script src="x.js"></script></head><body><noscript>n</noscript><script>{ a() }</script></body>"#;

    #[test]
    fn finds_elements_and_attributes() {
        let links = elements(PAGE, "link").unwrap();
        assert_eq!(links.len(), 1);
        assert_eq!(links[0].attr("href"), Some("./a.js"));
        assert_eq!(links[0].attr("integrity"), Some("sha384-x"));
        assert_eq!(links[0].attr("rel"), Some("modulepreload"));
        assert_eq!(links[0].attr("crossorigin"), None);
        assert_eq!(attr("<link crossorigin href=x>", "crossorigin"), Some(""));
        assert_eq!(attr("<link href=x>", "href"), Some("x"));
        // A name inside another attribute's value is no attribute.
        assert_eq!(attr(r#"<a title="src=y">"#, "src"), None);
        let scripts = elements(PAGE, "script").unwrap();
        assert_eq!(scripts.len(), 3, "<noscript> is no <script>");
        assert_eq!(
            &PAGE[scripts[0].range.clone()],
            r#"<script type="module">go()</script>"#
        );
    }

    #[test]
    fn inline_texts_leave_out_scripts_with_src() {
        let (scripts, styles) = inline_texts(PAGE).unwrap();
        assert_eq!(scripts, ["go()", "{ a() }"]);
        assert_eq!(styles, ["p{}"]);
        assert!(inline_texts("<script>never closed").is_err());
    }

    #[test]
    fn reads_the_policy() {
        let (value, range) = policy(PAGE).unwrap();
        assert_eq!(value, "script-src 'self'");
        assert_eq!(&PAGE[range], value);
        assert!(policy("<head></head>").is_err());
    }
}
