//! The built page made small: its comments out, its style sheet minified.
//!
//! The page's comments are for whoever reads the source (0,1 kB gzip). styles/main.css
//! (and on the batch pages styles/batch.css after it) is written to be read; Trunk puts
//! it inline (`rel="inline"`), one `<style>` a file, so every byte is on the first
//! response. Here they become one `<style>` (where the first was), minified by
//! lightningcss. Trunk's own `--minify` would also rewrite the HTML, which the later
//! steps read; this touches only the `<style>` and the comments.

use lightningcss::stylesheet::{MinifyOptions, ParserOptions, PrinterOptions, StyleSheet};

use crate::html::elements;

/// `css` minified by lightningcss: comments and spare spaces out, values shortened, rules
/// merged where that keeps their meaning. Quoted text (`"▶ "`) is kept exactly.
pub fn minify_css(css: &str) -> Result<String, String> {
    let mut sheet = StyleSheet::parse(css, ParserOptions::default())
        .map_err(|e| format!("the style sheet does not parse: {e}"))?;
    sheet
        .minify(MinifyOptions::default())
        .map_err(|e| format!("lightningcss cannot minify the style sheet: {e}"))?;
    let out = sheet
        .to_css(PrinterOptions {
            minify: true,
            ..PrinterOptions::default()
        })
        .map_err(|e| format!("lightningcss cannot print the style sheet: {e}"))?;
    Ok(out.code)
}

/// `html` without its comments (`<!-- … -->`).
pub fn strip_comments(html: &str) -> Result<String, String> {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<!--") {
        out.push_str(&rest[..start]);
        let end = rest[start..]
            .find("-->")
            .ok_or("a comment in the page is not closed")?;
        rest = &rest[start + end + 3..];
    }
    out.push_str(rest);
    Ok(out)
}

/// `html` with its `<style>` elements joined into the first, their texts put through
/// `minify`; the white space after each `<style>` goes too. Fails without a `<style>`.
pub fn join_styles(
    html: &str,
    minify: impl Fn(&str) -> Result<String, String>,
) -> Result<String, String> {
    let styles = elements(html, "style")?;
    let first = styles.first().ok_or("no <style> in the page")?;
    let joined: String = styles.iter().map(|s| s.text).collect();
    let mut out = String::with_capacity(html.len());
    let mut last = 0;
    for (i, style) in styles.iter().enumerate() {
        out.push_str(&html[last..style.range.start]);
        if i == 0 {
            out.push_str(first.tag);
            out.push_str(&minify(&joined)?);
            out.push_str("</style>");
        }
        let rest = &html[style.range.end..];
        last = style.range.end + (rest.len() - rest.trim_start().len());
    }
    out.push_str(&html[last..]);
    Ok(out)
}

/// The page step: comments out, one minified style sheet.
pub fn minify_page(html: &str) -> Result<String, String> {
    strip_comments(&join_styles(html, minify_css)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minifies_css_and_keeps_quoted_text() {
        let css = "/* a comment */\n:root {\n  --space: 1rem;\n}\n.a > b ,\n.c {\n  color: #cc0000;\n  margin: 0 0 0.5rem;\n}\n.d::before {\n  content: \"▶  \";\n}\n";
        let out = minify_css(css).unwrap();
        assert_eq!(
            out,
            ":root{--space:1rem}.a>b,.c{color:#c00;margin:0 0 .5rem}.d:before{content:\"▶  \"}"
        );
        assert!(
            minify_css(".a { color: red").is_ok(),
            "CSS recovers from an unclosed block"
        );
        assert!(minify_css("@media (").is_err() || minify_css("@media (").is_ok());
    }

    #[test]
    fn comments_go_everywhere() {
        let html = "<head><!-- one\n two --><title>x</title></head><body><!--b--><p>y</p></body>";
        assert_eq!(
            strip_comments(html).unwrap(),
            "<head><title>x</title></head><body><p>y</p></body>"
        );
        assert!(strip_comments("<p><!-- open").is_err());
    }

    #[test]
    fn styles_become_one_where_the_first_was() {
        let html = "<head>\n    <style>a { }</style>\n    <style>b { }</style>\n    <script>x</script>\n</head>";
        let out = join_styles(html, |css| Ok(css.replace(' ', ""))).unwrap();
        assert_eq!(
            out,
            "<head>\n    <style>a{}b{}</style><script>x</script>\n</head>"
        );
        assert!(join_styles("<head></head>", |c| Ok(c.into())).is_err());
    }

    #[test]
    fn the_page_step_does_both() {
        let html =
            "<head><style>\n.a {\n  color: red;\n}\n</style>\n  <!-- c --><title>t</title></head>";
        assert_eq!(
            minify_page(html).unwrap(),
            "<head><style>.a{color:red}</style><title>t</title></head>"
        );
    }
}
