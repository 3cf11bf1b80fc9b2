//! Edits of a built page's HTML: inserting after its Content-Security-Policy, the policy's
//! hash of an inline text, Subresource Integrity values.

use base64::Engine;
use sha2::{Digest, Sha256, Sha384};

/// `page` with `markup` right after its Content-Security-Policy `<meta>`: the first
/// thing the browser reads after the policy that governs it. Fails without one.
pub fn insert_after_csp(page: &str, markup: &str) -> Result<String, String> {
    let end = crate::html::policy_meta(page)?.range.end;
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

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self'" /></head><body></body></html>"#;

    #[test]
    fn inserts_right_after_the_policy() {
        let out = insert_after_csp(PAGE, "<link>").unwrap();
        assert!(out.contains("style-src 'self'\" /><link></head>"));
        assert!(insert_after_csp("<head></head>", "<link>").is_err());
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
