//! The page's Content-Security-Policy allows its inline scripts and style sheets, and only
//! them, by hash.
//!
//! The policy allows no inline script or style (`'unsafe-inline'`). Some are inline on
//! purpose, because as files each costs the reader a round trip before the page can show
//! or start anything: the page's guard (it must run before the first paint), Trunk's
//! loader (it starts the wasm) and the style sheet. Each gets its sha256 in the policy's
//! `script-src` or `style-src`, whatever the page holds inline when this runs, so
//! the browser runs exactly these texts and nothing else inline. Runs last, on the page as
//! it is served; hashes already in the policy are replaced, so it can run again.

use crate::html::{inline_texts, policy};
use crate::page::csp_hash;

/// `policy` with its `directive`'s `'sha256-…'` sources replaced by `sources`.
pub fn with_hashes(policy: &str, directive: &str, sources: &[String]) -> Result<String, String> {
    let mut found = false;
    let parts: Vec<String> = policy
        .split(';')
        .map(|part| {
            let words: Vec<&str> = part.split_whitespace().collect();
            if words.first() != Some(&directive) {
                return part.to_string();
            }
            found = true;
            let lead = &part[..part.len() - part.trim_start().len()];
            let kept = words.iter().filter(|w| !w.starts_with("'sha256-")).copied();
            let all: Vec<&str> = kept.chain(sources.iter().map(String::as_str)).collect();
            format!("{lead}{}", all.join(" "))
        })
        .collect();
    if !found {
        return Err(format!("no {directive} in the Content-Security-Policy"));
    }
    Ok(parts.join(";"))
}

/// `html` with every inline script's and style sheet's hash, and no other, in its policy.
pub fn hash_inline(html: &str) -> Result<String, String> {
    let (scripts, styles) = inline_texts(html)?;
    if !html.contains("<script type=\"module\">") {
        return Err("Trunk's inline loader is not in the page".into());
    }
    let hashes = |texts: &[&str]| texts.iter().map(|t| csp_hash(t)).collect::<Vec<_>>();
    let (value, range) = policy(html)?;
    let value = with_hashes(value, "script-src", &hashes(&scripts))?;
    let value = with_hashes(&value, "style-src", &hashes(&styles))?;
    Ok(format!(
        "{}{value}{}",
        &html[..range.start],
        &html[range.end..]
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:" /><style>p{}</style><script type="module">go()</script><script src="./x.js"></script></head><body><script>{ a() }</script></body>"#;

    #[test]
    fn every_inline_text_and_no_other_is_allowed() {
        let out = hash_inline(PAGE).unwrap();
        let want = format!(
            "content=\"default-src 'none'; script-src 'self' 'wasm-unsafe-eval' {} {}; style-src 'self' {}; img-src 'self' data:\"",
            csp_hash("go()"),
            csp_hash("{ a() }"),
            csp_hash("p{}")
        );
        assert!(out.contains(&want), "{out}");
        // Again: the same page, no hash twice.
        assert_eq!(hash_inline(&out).unwrap(), out);
        // A script changed since: its old hash goes.
        let changed = out.replace("go()", "went()");
        let again = hash_inline(&changed).unwrap();
        assert!(!again.contains(&csp_hash("go()")) && again.contains(&csp_hash("went()")));
    }

    #[test]
    fn a_page_without_policy_or_loader_is_refused() {
        assert!(hash_inline(&PAGE.replace("Content-Security-Policy", "X")).is_err());
        assert!(hash_inline(&PAGE.replace(" type=\"module\"", "")).is_err());
        assert!(hash_inline(&PAGE.replace("style-src 'self';", "")).is_err());
    }
}
