//! Small stable sorts: an insertion sort for the short lists of the calculator (the nine
//! projects, a dozen levels), and a merge sort for the batch check's up to 5.000 rows.
//!
//! The standard library's sort adds several kilobytes of wasm for every type it is used
//! with; for lists this short an insertion sort is as fast and a few dozen bytes, and the
//! merge sort moves only indices, then each row once.

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

/// Sorts `items` by `cmp`; items that compare equal keep their order. O(n log n): a
/// bottom-up merge sort of the positions, then the items put in that order by swaps.
pub fn merge_sort_by<T>(items: &mut [T], cmp: impl Fn(&T, &T) -> core::cmp::Ordering) {
    let n = items.len();
    let mut order: Vec<usize> = (0..n).collect();
    let mut merged = vec![0; n];
    let mut width = 1;
    while width < n {
        for lo in (0..n).step_by(2 * width) {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j) = (lo, mid);
            for slot in &mut merged[lo..hi] {
                // From the left run unless the right one's item is strictly smaller: stable.
                let left = i < mid && (j >= hi || cmp(&items[order[j]], &items[order[i]]).is_ge());
                if left {
                    *slot = order[i];
                    i += 1;
                } else {
                    *slot = order[j];
                    j += 1;
                }
            }
        }
        core::mem::swap(&mut order, &mut merged);
        width *= 2;
    }
    // items[k] becomes the item at order[k], cycle by cycle.
    for start in 0..n {
        let mut at = start;
        while order[at] != usize::MAX {
            let from = order[at];
            order[at] = usize::MAX;
            if from == start {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}
