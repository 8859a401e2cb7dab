//! Counts renders per component in debug builds, so the in-browser tests can check
//! that a change re-renders only what it touches. Release builds count nothing.

#[cfg(debug_assertions)]
thread_local! {
    static COUNTS: std::cell::RefCell<std::collections::BTreeMap<&'static str, u32>> =
        Default::default();
}

/// Notes one render of `component`.
#[inline]
pub fn tick(component: &'static str) {
    #[cfg(debug_assertions)]
    COUNTS.with(|c| *c.borrow_mut().entry(component).or_default() += 1);
    #[cfg(not(debug_assertions))]
    let _ = component;
}

/// The renders of `component` since the last [`reset`].
pub fn renders(component: &str) -> u32 {
    #[cfg(debug_assertions)]
    return COUNTS.with(|c| c.borrow().get(component).copied().unwrap_or(0));
    #[cfg(not(debug_assertions))]
    {
        let _ = component;
        0
    }
}

/// Starts counting afresh.
pub fn reset() {
    #[cfg(debug_assertions)]
    COUNTS.with(|c| c.borrow_mut().clear());
}
