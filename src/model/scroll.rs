//! Where the reader had scrolled to, as it is saved and restored.

/// A reading position.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Scroll {
    /// The page's offset, in pixels.
    pub y: f64,
    /// In a windowed article: the block at the top of the viewport, and how far into it.
    pub block: Option<(usize, f64)>,
}
