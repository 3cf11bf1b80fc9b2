//! A stable sort for the short lists of the calculator (the nine projects, a dozen levels).
//!
//! The standard library's sort adds several kilobytes of wasm for every type it is used
//! with; for lists this short an insertion sort is as fast and a few dozen bytes.

/// Sorts `items` by `key`, lowest first; items with equal keys keep their order.
pub fn sort_small_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && key(&items[j - 1]) > key(&items[j]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}
