//! Edits of a built page's HTML: inserting before `</head>`, allowing an inline script in
//! the Content-Security-Policy, Subresource Integrity values.

use base64::Engine;
use sha2::{Digest, Sha256, Sha384};

/// `page` with `markup` just before its `</head>`. Fails without one `</head>`.
pub fn insert_in_head(page: &str, markup: &str) -> Result<String, String> {
    match page.matches("</head>").count() {
        1 => Ok(page.replacen("</head>", &format!("{markup}</head>"), 1)),
        n => Err(format!("{n} × </head> in the page, expected one")),
    }
}

/// `page` with `markup` right after its Content-Security-Policy `<meta>`: the first
/// thing the browser reads after the policy that governs it. Fails without one.
pub fn insert_after_csp(page: &str, markup: &str) -> Result<String, String> {
    let start = page
        .find("http-equiv=\"Content-Security-Policy\"")
        .ok_or("no Content-Security-Policy in the page")?;
    let end = start
        + page[start..]
            .find('>')
            .ok_or("the Content-Security-Policy's <meta> is not closed")?
        + 1;
    Ok(format!("{}{markup}{}", &page[..end], &page[end..]))
}

/// The CSP source that allows exactly this inline text: `'sha256-…'`.
pub fn csp_hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// A file's Subresource Integrity value: `sha384-…`.
pub fn integrity(bytes: &[u8]) -> String {
    format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(Sha384::digest(bytes))
    )
}

/// `page` with `source` appended to its policy's `directive` (`script-src`). Fails when
/// the page has no Content-Security-Policy with that directive.
pub fn allow_in_csp(page: &str, directive: &str, source: &str) -> Result<String, String> {
    let start = page
        .find("http-equiv=\"Content-Security-Policy\"")
        .ok_or("no Content-Security-Policy in the page")?;
    let content = start
        + page[start..]
            .find("content=\"")
            .ok_or("no content in the Content-Security-Policy")?
        + "content=\"".len();
    let end = content
        + page[content..]
            .find('"')
            .ok_or("the Content-Security-Policy is not closed")?;
    let policy = &page[content..end];
    let at = policy
        .split(';')
        .scan(0, |offset, part| {
            let here = *offset;
            *offset += part.len() + 1;
            Some((here, part))
        })
        .find(|(_, part)| part.trim_start().starts_with(&format!("{directive} ")))
        .map(|(here, part)| content + here + part.len())
        .ok_or(format!("no {directive} in the Content-Security-Policy"))?;
    Ok(format!("{} {source}{}", &page[..at], &page[at..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self'" /></head><body></body></html>"#;

    #[test]
    fn inserts_before_the_head_ends() {
        let out = insert_in_head(PAGE, "<link>").unwrap();
        assert!(out.contains("<link></head>"));
        assert!(insert_in_head("<p>", "x").is_err());
        assert!(insert_in_head("</head></head>", "x").is_err());
    }

    #[test]
    fn inserts_right_after_the_policy() {
        let out = insert_after_csp(PAGE, "<link>").unwrap();
        assert!(out.contains("style-src 'self'\" /><link></head>"));
        assert!(insert_after_csp("<head></head>", "<link>").is_err());
    }

    #[test]
    fn allows_a_source_in_its_directive_only() {
        let out = allow_in_csp(PAGE, "script-src", "'sha256-x'").unwrap();
        assert!(out.contains("script-src 'self' 'sha256-x'; style-src 'self'\""));
        let out = allow_in_csp(&out, "style-src", "'sha256-y'").unwrap();
        assert!(out.contains("style-src 'self' 'sha256-y'\""));
        assert!(allow_in_csp(PAGE, "img-src", "x").is_err());
        assert!(allow_in_csp("<head></head>", "script-src", "x").is_err());
    }

    #[test]
    fn hashes_as_browsers_do() {
        // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
        assert_eq!(
            csp_hash("alert(1)"),
            "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"
        );
        assert!(integrity(b"").starts_with(
            "sha384-OLBgp1GsljhM2TJ+sbHjaiH9txEUvgdDTAzHv2P24donTt6/529l+9Ua0vFImLlb"
        ));
    }
}
