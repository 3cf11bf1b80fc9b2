//! Small pieces the tables and the chart repeat, each drawn by one function: one copy of
//! its code in the wasm for all of them (a `<td class="num">` written out in `html!` is
//! its own code at every place it is written; these save 0,9 kB gzip).

use yew::prelude::*;

/// A cell with a figure (`<td class="num">`, right-aligned, never wrapped).
#[inline(never)]
pub fn num(text: AttrValue) -> Html {
    html! { <td class="num">{ text }</td> }
}

/// A table's column headings: (heading, whether the column holds figures).
pub type Columns = [(&'static str, bool)];

/// A table's `<thead>`: one row of column headings, figures' headings right-aligned.
#[inline(never)]
pub fn head(columns: &'static Columns) -> Html {
    let cells = columns.iter().map(|&(heading, figures)| {
        if figures {
            html! { <th scope="col" class="num">{ heading }</th> }
        } else {
            html! { <th scope="col">{ heading }</th> }
        }
    });
    html! { <thead><tr>{ for cells }</tr></thead> }
}
