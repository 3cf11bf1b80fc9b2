//! The calculator's allocator (src/memory.rs), driven natively over pages taken from the
//! heap: every block aligned and apart from every other live block, freed blocks reused,
//! large blocks on whole pages, and growth refused gracefully.

use std::alloc::{GlobalAlloc, Layout};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use proptest::prelude::*;
use puljeberegner::memory::{Memory, SizeClasses, PAGE};

/// Pages from the heap, 64 KiB-aligned; counts them and can refuse beyond a limit.
struct HeapPages {
    taken: Rc<Cell<usize>>,
    limit: usize,
    blocks: RefCell<Vec<(*mut u8, Layout)>>,
}

impl HeapPages {
    fn new(limit: usize) -> Self {
        Self {
            taken: Rc::new(Cell::new(0)),
            limit,
            blocks: RefCell::new(Vec::new()),
        }
    }
}

impl Memory for HeapPages {
    fn grow(&self, pages: usize) -> *mut u8 {
        if self.taken.get() + pages > self.limit {
            return std::ptr::null_mut();
        }
        self.taken.set(self.taken.get() + pages);
        let layout = Layout::from_size_align(pages * PAGE, PAGE).unwrap();
        let block = unsafe { std::alloc::alloc(layout) };
        self.blocks.borrow_mut().push((block, layout));
        block
    }
}

impl Drop for HeapPages {
    fn drop(&mut self) {
        for (block, layout) in self.blocks.borrow_mut().drain(..) {
            unsafe { std::alloc::dealloc(block, layout) };
        }
    }
}

fn allocator(limit: usize) -> SizeClasses<HeapPages> {
    SizeClasses::new(HeapPages::new(limit))
}

/// Whether allocating `layout` (and freeing it again) needed a new page.
fn grows(a: &SizeClasses<HeapPages>, counter: &Cell<usize>, layout: Layout) -> bool {
    let before = counter.get();
    let block = unsafe { a.alloc(layout) };
    assert!(!block.is_null());
    unsafe { a.dealloc(block, layout) };
    counter.get() > before
}

#[test]
fn blocks_are_aligned_to_their_request_and_do_not_overlap() {
    let a = allocator(1_000);
    let mut live: Vec<(*mut u8, Layout, u8)> = Vec::new();
    for (i, (size, align)) in [
        (1, 1),
        (7, 1),
        (16, 8),
        (24, 8),
        (100, 4),
        (4096, 16),
        (3, 64),
        (70_000, 8),
        (65_536, 4),
        (200_000, 1),
    ]
    .into_iter()
    .cycle()
    .take(200)
    .enumerate()
    {
        let layout = Layout::from_size_align(size, align).unwrap();
        let block = unsafe { a.alloc(layout) };
        assert!(!block.is_null());
        assert_eq!(block as usize % align, 0, "{size} B aligned to {align}");
        let mark = i as u8;
        unsafe { block.write_bytes(mark, size) };
        live.push((block, layout, mark));
        // Free every third block again, so later requests reuse them.
        if i % 3 == 2 {
            let (block, layout, _) = live.remove(i % live.len());
            unsafe { a.dealloc(block, layout) };
        }
    }
    for (block, layout, mark) in &live {
        let bytes = unsafe { std::slice::from_raw_parts(*block, layout.size()) };
        assert!(
            bytes.iter().all(|b| b == mark),
            "a live block was overwritten"
        );
    }
}

#[test]
fn a_freed_block_is_reused_by_the_next_request_of_its_class() {
    let a = allocator(100);
    let layout = Layout::from_size_align(40, 8).unwrap();
    let first = unsafe { a.alloc(layout) };
    unsafe { a.dealloc(first, layout) };
    // 33..=64 bytes share a class.
    let again = unsafe { a.alloc(Layout::from_size_align(64, 4).unwrap()) };
    assert_eq!(first, again);
}

#[test]
fn memory_stays_bounded_when_the_same_sizes_come_and_go() {
    // A keystroke's worth of strings and nodes, allocated and freed 10.000 times:
    // the pages taken after the first round never grow.
    let pages = HeapPages::new(1_000);
    let counter = pages.taken.clone();
    let a = SizeClasses::new(pages);
    let layouts: Vec<Layout> = [12, 40, 100, 300, 1_000, 5_000, 70_000]
        .iter()
        .map(|&s| Layout::from_size_align(s, 8).unwrap())
        .collect();
    let round = |a: &SizeClasses<HeapPages>| {
        let blocks: Vec<*mut u8> = layouts.iter().map(|&l| unsafe { a.alloc(l) }).collect();
        for (b, &l) in blocks.into_iter().zip(&layouts) {
            unsafe { a.dealloc(b, l) };
        }
    };
    round(&a);
    let after_first = counter.get();
    for _ in 0..10_000 {
        round(&a);
    }
    assert_eq!(counter.get(), after_first);
    assert!(!grows(&a, &counter, layouts[6]));
}

#[test]
fn realloc_within_a_class_keeps_the_block_and_across_classes_keeps_the_bytes() {
    let a = allocator(100);
    let layout = Layout::from_size_align(20, 1).unwrap();
    let block = unsafe { a.alloc(layout) };
    unsafe { block.copy_from(b"tyve bytes pr. linje".as_ptr(), 20) };
    // 20 -> 30 bytes: still the 32-byte class.
    let same = unsafe { a.realloc(block, layout, 30) };
    assert_eq!(same, block);
    let moved = unsafe { a.realloc(same, Layout::from_size_align(30, 1).unwrap(), 5_000) };
    assert_ne!(moved, block);
    let bytes = unsafe { std::slice::from_raw_parts(moved, 20) };
    assert_eq!(bytes, b"tyve bytes pr. linje");
}

#[test]
fn a_refused_page_gives_null_not_a_crash() {
    let a = allocator(1);
    let small = Layout::from_size_align(16, 8).unwrap();
    assert!(!unsafe { a.alloc(small) }.is_null());
    // The one page went to the 16-byte class; any other class needs a page more.
    assert!(unsafe { a.alloc(Layout::from_size_align(1_000, 8).unwrap()) }.is_null());
    assert!(unsafe { a.alloc(Layout::from_size_align(100_000, 8).unwrap()) }.is_null());
}

proptest! {
    #[test]
    fn any_sequence_of_allocations_and_frees_keeps_live_blocks_intact(
        steps in proptest::collection::vec((0usize..140_000, 0u32..7, any::<bool>()), 1..120)
    ) {
        let a = allocator(10_000);
        let mut live: Vec<(*mut u8, Layout, u8)> = Vec::new();
        for (i, (size, align_shift, free)) in steps.into_iter().enumerate() {
            if free && !live.is_empty() {
                let (block, layout, mark) = live.swap_remove(i % live.len());
                let bytes = unsafe { std::slice::from_raw_parts(block, layout.size()) };
                prop_assert!(bytes.iter().all(|b| *b == mark));
                unsafe { a.dealloc(block, layout) };
            } else {
                let layout = Layout::from_size_align(size.max(1), 1 << align_shift).unwrap();
                let block = unsafe { a.alloc(layout) };
                prop_assert!(!block.is_null());
                prop_assert_eq!(block as usize % layout.align(), 0);
                let mark = (i % 251) as u8;
                unsafe { block.write_bytes(mark, layout.size()) };
                live.push((block, layout, mark));
            }
        }
        for (block, layout, mark) in live {
            let bytes = unsafe { std::slice::from_raw_parts(block, layout.size()) };
            prop_assert!(bytes.iter().all(|b| *b == mark));
        }
    }
}
