//! The calculator page's memory allocator: power-of-two size classes, each carved from
//! whole 64 KiB pages and reused through its own free list.
//!
//! Rust's default allocator on wasm (dlmalloc) splits, coalesces and bins blocks of any
//! size; that machinery is 4,7 kB gzip of the calculator's wasm, almost a twentieth of
//! the page's budget. The calculator allocates small, short-lived strings and view nodes
//! again and again in the same few sizes, so a freed block is simply kept for the next
//! request of its class: memory is bounded by the most ever live at once in each class
//! (up to twice the bytes asked for, rounded up to a power of two). Blocks above 64 KiB
//! take whole pages and are reused only by a request for the same number of pages. The
//! batch page, which reads files of megabytes, keeps the default. Tests: tests/memory.rs.

use core::alloc::{GlobalAlloc, Layout};
use core::cell::UnsafeCell;
use core::ptr::null_mut;

/// A wasm memory page, the unit memory grows by.
pub const PAGE: usize = 65_536;
/// The smallest block: room for the free list's link (and a large block's page count).
const MIN_SHIFT: u32 = 4;
/// Blocks of 16 B, 32 B, … 64 KiB.
const CLASSES: usize = 13;

/// Where pages come from: the wasm memory on the page, the heap in the native tests.
pub trait Memory {
    /// `pages` new pages, 64 KiB-aligned and contiguous, or null when refused.
    fn grow(&self, pages: usize) -> *mut u8;
}

/// The wasm module's own memory, grown by `memory.grow`.
pub struct WasmMemory;

#[cfg(target_arch = "wasm32")]
impl Memory for WasmMemory {
    fn grow(&self, pages: usize) -> *mut u8 {
        match core::arch::wasm32::memory_grow(0, pages) {
            usize::MAX => null_mut(),
            first => (first * PAGE) as *mut u8,
        }
    }
}

/// The allocator: one free list and one partly carved page per size class, and a free
/// list of large blocks.
pub struct SizeClasses<M> {
    memory: M,
    lists: UnsafeCell<Lists>,
}

struct Lists {
    /// Freed blocks of each class, linked through their first word.
    free: [*mut u8; CLASSES],
    /// The next unused block of each class's current page, and that page's end.
    next: [usize; CLASSES],
    end: [usize; CLASSES],
    /// Freed large blocks: first word the link, second word the block's page count.
    large: *mut u8,
}

// The page's wasm runs on one thread; nothing else ever reaches these lists.
unsafe impl<M: Sync> Sync for SizeClasses<M> {}

impl<M> SizeClasses<M> {
    /// An allocator that has taken no page yet.
    pub const fn new(memory: M) -> Self {
        Self {
            memory,
            lists: UnsafeCell::new(Lists {
                free: [null_mut(); CLASSES],
                next: [0; CLASSES],
                end: [0; CLASSES],
                large: null_mut(),
            }),
        }
    }
}

/// The class of a request (its size and alignment rounded up to a power of two), or
/// `None` for a large one. A block of class `k` is `16 << k` bytes, at a multiple of its
/// size within a page, so it is aligned to its size.
fn class(layout: Layout) -> Option<usize> {
    let size = layout.size().max(layout.align()).max(1 << MIN_SHIFT);
    (size <= PAGE).then(|| (size.next_power_of_two().trailing_zeros() - MIN_SHIFT) as usize)
}

/// Pages a large block takes.
fn pages(layout: Layout) -> usize {
    layout.size().div_ceil(PAGE)
}

unsafe impl<M: Memory> GlobalAlloc for SizeClasses<M> {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: one thread, and no call re-enters the allocator.
        let lists = unsafe { &mut *self.lists.get() };
        let Some(k) = class(layout) else {
            if layout.align() > PAGE {
                return null_mut();
            }
            let wanted = pages(layout);
            // A freed block of the same number of pages, else new pages.
            let mut link: *mut *mut u8 = &mut lists.large;
            // SAFETY: every block on the list was freed here and holds its link and count.
            unsafe {
                while !(*link).is_null() {
                    let block = *link;
                    if *block.cast::<usize>().add(1) == wanted {
                        *link = *block.cast::<*mut u8>();
                        return block;
                    }
                    link = block.cast();
                }
            }
            return self.memory.grow(wanted);
        };
        let head = lists.free[k];
        if !head.is_null() {
            // SAFETY: a freed block of this class holds the next one's address.
            lists.free[k] = unsafe { *head.cast::<*mut u8>() };
            return head;
        }
        if lists.next[k] == lists.end[k] {
            let page = self.memory.grow(1);
            if page.is_null() {
                return null_mut();
            }
            lists.next[k] = page as usize;
            lists.end[k] = page as usize + PAGE;
        }
        let block = lists.next[k];
        lists.next[k] += 1 << (k as u32 + MIN_SHIFT);
        block as *mut u8
    }

    unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
        // SAFETY: one thread; `block` came from `alloc` with this layout, so it is at
        // least 16 bytes and aligned for the two words written into it.
        unsafe {
            let lists = &mut *self.lists.get();
            match class(layout) {
                Some(k) => {
                    *block.cast::<*mut u8>() = lists.free[k];
                    lists.free[k] = block;
                }
                None => {
                    *block.cast::<*mut u8>() = lists.large;
                    *block.cast::<usize>().add(1) = pages(layout);
                    lists.large = block;
                }
            }
        }
    }

    unsafe fn realloc(&self, block: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller's promises for `realloc` hold for the layout built here.
        unsafe {
            let new_layout = Layout::from_size_align_unchecked(new_size, layout.align());
            // Still the same class: the block already has the room.
            if class(layout).is_some() && class(layout) == class(new_layout) {
                return block;
            }
            let moved = self.alloc(new_layout);
            if !moved.is_null() {
                core::ptr::copy_nonoverlapping(block, moved, layout.size().min(new_size));
                self.dealloc(block, layout);
            }
            moved
        }
    }
}
