//! Shared by the tests: the server-side renderer in a tokio `LocalSet`, a tiny HTML reader
//! for its output, and the source files the source scans read. Each test crate uses part
//! of it.
#![allow(dead_code)]

use std::rc::Rc;

use yew::prelude::*;
use yew::BaseComponent;

// ---- rendering ----------------------------------------------------------------------

/// Renders a component to HTML with the server renderer, as the browser would first see it.
pub fn render<C: BaseComponent>(props: C::Properties) -> String {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    tokio::task::LocalSet::new().block_on(
        &rt,
        yew::LocalServerRenderer::<C>::with_props(props)
            .hydratable(false)
            .render(),
    )
}

/// Renders one of the page's views (plain functions of their props, not components: a
/// component costs the wasm about 0,6 kB gzip of its own) inside a host component.
pub fn render_fn<P: 'static>(view: fn(&P) -> Html, props: P) -> String {
    let props = Rc::new(props);
    render::<ViewHost>(ViewHostProps {
        view: Rc::new(move || view(&props)),
    })
}

#[derive(Properties)]
pub struct ViewHostProps {
    view: Rc<dyn Fn() -> Html>,
}

impl PartialEq for ViewHostProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.view, &other.view)
    }
}

#[function_component]
fn ViewHost(props: &ViewHostProps) -> Html {
    (props.view)()
}

// ---- a tiny HTML reader -------------------------------------------------------------
//
// Yew's SSR escapes `&`, `<`, `>` in text and `&`, `"`, `<`, `>` in attribute values, so
// every literal `<` in the output starts a tag and every `"` inside a tag delimits a
// value. That is all this reader relies on; attributes may come in any order.

pub const VOID: [&str; 7] = ["input", "br", "img", "meta", "link", "hr", "col"];

#[derive(Debug, Clone)]
pub struct Element {
    pub name: String,
    pub attrs: Vec<(String, String)>,
    /// The element's inner HTML, as rendered.
    pub inner: String,
}

impl Element {
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn has_attr(&self, name: &str) -> bool {
        self.attr(name).is_some()
    }

    /// The text content, tags removed and entities decoded.
    pub fn text(&self) -> String {
        text_of(&self.inner)
    }

    pub fn classes(&self) -> Vec<&str> {
        self.attr("class")
            .map(|c| c.split_whitespace().collect())
            .unwrap_or_default()
    }

    pub fn has_class(&self, class: &str) -> bool {
        self.classes().contains(&class)
    }

    /// The element's own subtree as a document.
    pub fn doc(&self) -> Doc {
        Doc::parse(&self.inner)
    }
}

#[derive(Debug)]
pub struct Doc {
    pub html: String,
    pub elements: Vec<Element>,
}

pub enum Token {
    Open {
        name: String,
        attrs: Vec<(String, String)>,
        end: usize,
    },
    Close {
        name: String,
        start: usize,
    },
}

impl Doc {
    pub fn parse(html: &str) -> Doc {
        let tokens = tokenize(html);
        let mut elements = Vec::new();
        for (i, token) in tokens.iter().enumerate() {
            let Token::Open { name, attrs, end } = token else {
                continue;
            };
            let inner = if VOID.contains(&name.as_str()) {
                String::new()
            } else {
                let mut depth = 0usize;
                let mut close_at = None;
                for t in &tokens[i + 1..] {
                    match t {
                        Token::Open { name: n, .. } if n == name => depth += 1,
                        Token::Close { name: n, start } if n == name => {
                            if depth == 0 {
                                close_at = Some(*start);
                                break;
                            }
                            depth -= 1;
                        }
                        _ => {}
                    }
                }
                let close_at = close_at.unwrap_or_else(|| panic!("<{name}> is never closed"));
                html[*end..close_at].to_string()
            };
            elements.push(Element {
                name: name.clone(),
                attrs: attrs.clone(),
                inner,
            });
        }
        Doc {
            html: html.to_string(),
            elements,
        }
    }

    /// Every element whose attribute `attr` equals `value`, in document order.
    pub fn all(&self, attr: &str, value: &str) -> Vec<&Element> {
        self.elements
            .iter()
            .filter(|e| e.attr(attr) == Some(value))
            .collect()
    }

    /// The one element whose attribute `attr` equals `value`.
    pub fn one(&self, attr: &str, value: &str) -> &Element {
        let found = self.all(attr, value);
        assert_eq!(
            found.len(),
            1,
            "expected one element with {attr}={value:?}, found {}:\n{}",
            found.len(),
            self.html
        );
        found[0]
    }

    pub fn testid(&self, testid: &str) -> &Element {
        self.one("data-testid", testid)
    }

    pub fn id(&self, id: &str) -> &Element {
        self.one("id", id)
    }

    /// The text of the element carrying `data-testid="{testid}"`.
    pub fn text(&self, testid: &str) -> String {
        self.testid(testid).text()
    }

    pub fn has_testid(&self, testid: &str) -> bool {
        !self.all("data-testid", testid).is_empty()
    }

    pub fn tags(&self, name: &str) -> Vec<&Element> {
        self.elements.iter().filter(|e| e.name == name).collect()
    }

    /// The whole document's text.
    pub fn all_text(&self) -> String {
        text_of(&self.html)
    }
}

pub fn tokenize(html: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut pos = 0;
    while let Some(offset) = html[pos..].find('<') {
        let start = pos + offset;
        let end = start + html[start..].find('>').expect("unterminated tag") + 1;
        let body = &html[start + 1..end - 1];
        if let Some(name) = body.strip_prefix('/') {
            tokens.push(Token::Close {
                name: name.trim().to_string(),
                start,
            });
        } else if !body.starts_with('!') {
            let body = body.strip_suffix('/').unwrap_or(body);
            let name_len = body.find(char::is_whitespace).unwrap_or(body.len());
            let name = body[..name_len].to_string();
            tokens.push(Token::Open {
                name,
                attrs: parse_attrs(&body[name_len..]),
                end,
            });
        }
        pos = end;
    }
    tokens
}

pub fn parse_attrs(mut s: &str) -> Vec<(String, String)> {
    let mut attrs = Vec::new();
    loop {
        s = s.trim_start();
        if s.is_empty() {
            return attrs;
        }
        let name_len = s
            .find(|c: char| c == '=' || c.is_whitespace())
            .unwrap_or(s.len());
        let name = s[..name_len].to_string();
        s = &s[name_len..];
        if let Some(rest) = s.strip_prefix("=\"") {
            let close = rest.find('"').expect("unterminated attribute value");
            attrs.push((name, decode(&rest[..close])));
            s = &rest[close + 1..];
        } else {
            attrs.push((name, String::new()));
        }
    }
}

/// Text with tags removed and the entities Yew writes decoded.
pub fn text_of(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    decode(&out)
}

pub fn decode(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

// ---- the sources ---------------------------------------------------------------------

/// Every `.rs` file below `dir` (a folder of the crate, e.g. `src`), at any depth.
pub fn rust_files(dir: &str) -> Vec<std::path::PathBuf> {
    fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("a readable source folder") {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let mut out = Vec::new();
    walk(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir),
        &mut out,
    );
    out
}

/// Every line of the `.rs` files below `dir` that `hit` accepts, as `path:line: text`, for
/// the source scans. Fails when the folder holds ten files or fewer (a scan of the wrong
/// folder would find nothing and pass).
pub fn source_lines_where(dir: &str, hit: impl Fn(&str) -> bool) -> Vec<String> {
    let files = rust_files(dir);
    assert!(files.len() > 10, "found only {} files", files.len());
    let mut found = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).expect("a source file");
        for (n, line) in text.lines().enumerate() {
            if hit(line) {
                found.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
            }
        }
    }
    found
}
