//! Shared by the tests: the server-side renderer in a tokio `LocalSet`, an HTML5 parser (`scraper`)
//! reading its output, and the source files the source scans read. Each test module uses part
//! of it.
#![allow(dead_code)]

use std::rc::Rc;

use yew::prelude::*;
use yew::BaseComponent;

use puljeberegner::domain::money::Money;

/// Whole kroner as money.
pub fn kr(k: i64) -> Money {
    Money::from_kroner(k)
}

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

// ---- the rendered HTML, read by an HTML5 parser -------------------------------------

/// One element of a rendered page, with everything inside it.
#[derive(Debug, Clone)]
pub struct Element {
    pub name: String,
    pub attrs: Vec<(String, String)>,
    /// The element's inner HTML, as the parser writes it back.
    pub inner: Rc<str>,
    /// The text content, entities decoded.
    text: Rc<str>,
    /// The element's first text node of its own, entities decoded.
    first_text: Rc<str>,
    /// Every element inside, in document order.
    inside: Rc<Vec<Element>>,
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
        self.text.to_string()
    }

    /// The first text node directly inside the element.
    pub fn first_text(&self) -> String {
        self.first_text.to_string()
    }

    pub fn classes(&self) -> Vec<&str> {
        self.attr("class")
            .map(|c| c.split_whitespace().collect())
            .unwrap_or_default()
    }

    pub fn has_class(&self, class: &str) -> bool {
        self.classes().contains(&class)
    }

    /// The element's own subtree (without the element) as a document.
    pub fn doc(&self) -> Doc {
        Doc {
            html: String::new(),
            text: self.text.to_string(),
            elements: self.inside.to_vec(),
        }
    }
}

/// A rendered page or view, parsed as a browser parses it (`scraper`, html5ever).
#[derive(Debug)]
pub struct Doc {
    /// The markup as rendered.
    pub html: String,
    text: String,
    /// Every element, in document order.
    pub elements: Vec<Element>,
}

/// The element and every element inside it, in document order.
fn read(el: scraper::ElementRef) -> Vec<Element> {
    let inside: Vec<Element> = el
        .children()
        .filter_map(scraper::ElementRef::wrap)
        .flat_map(read)
        .collect();
    let mut all = vec![Element {
        name: el.value().name().to_string(),
        attrs: el
            .value()
            .attrs()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect(),
        inner: el.inner_html().into(),
        text: el.text().collect::<String>().into(),
        first_text: el
            .children()
            .find_map(|n| n.value().as_text().map(|t| t.to_string()))
            .unwrap_or_default()
            .into(),
        inside: Rc::new(inside.clone()),
    }];
    all.extend(inside);
    all
}

impl Doc {
    pub fn parse(html: &str) -> Doc {
        let fragment = scraper::Html::parse_fragment(html);
        let root = fragment.root_element();
        Doc {
            html: html.to_string(),
            text: root.text().collect(),
            elements: root
                .children()
                .filter_map(scraper::ElementRef::wrap)
                .flat_map(read)
                .collect(),
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

    /// Every element, in document order.
    pub fn all_elements(&self) -> &[Element] {
        &self.elements
    }

    pub fn tags(&self, name: &str) -> Vec<&Element> {
        self.elements.iter().filter(|e| e.name == name).collect()
    }

    /// The whole document's text.
    pub fn all_text(&self) -> String {
        self.text.clone()
    }
}

/// Text with tags removed and entities decoded.
pub fn text_of(html: &str) -> String {
    Doc::parse(html).all_text()
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
