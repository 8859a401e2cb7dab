//! Unbounded undo and redo over snapshots that share their unchanged parts.

use std::rc::Rc;

/// A persistent stack: pushing and cloning cost O(1), so every state of the app
/// can hold its whole history.
#[derive(Debug)]
struct Stack<T>(Option<Rc<(T, Stack<T>)>>);

impl<T> Clone for Stack<T> {
    fn clone(&self) -> Self {
        Stack(self.0.clone())
    }
}

/// Dropping a long history must not recurse once per entry (100,000 undo records
/// would overflow the stack), so nodes that this stack alone owns are unlinked in a loop.
impl<T> Drop for Stack<T> {
    fn drop(&mut self) {
        let mut next = self.0.take();
        while let Some(node) = next {
            match Rc::try_unwrap(node) {
                Ok((_, mut rest)) => next = rest.0.take(),
                Err(_) => break,
            }
        }
    }
}

impl<T: Clone> Stack<T> {
    fn push(&self, value: T) -> Self {
        Stack(Some(Rc::new((value, self.clone()))))
    }

    fn pop(&self) -> Option<(T, Self)> {
        self.0.as_ref().map(|node| (node.0.clone(), node.1.clone()))
    }

    fn is_empty(&self) -> bool {
        self.0.is_none()
    }
}

/// The present value with the past behind it and the undone future ahead.
#[derive(Debug, Clone)]
pub struct History<T> {
    present: T,
    past: Stack<T>,
    future: Stack<T>,
}

impl<T: Clone> History<T> {
    /// A history of `present` alone, with nothing to undo or redo.
    pub fn new(present: T) -> Self {
        History {
            present,
            past: Stack(None),
            future: Stack(None),
        }
    }

    /// The value in effect now, which the app shows.
    pub fn present(&self) -> &T {
        &self.present
    }

    /// Moves to `next`, remembering the present; the redo future is dropped.
    pub fn record(&self, next: T) -> Self {
        History {
            past: self.past.push(self.present.clone()),
            present: next,
            future: Stack(None),
        }
    }

    /// The history one step back, the present kept for redo; `None` when there is no past.
    pub fn undo(&self) -> Option<Self> {
        let (previous, past) = self.past.pop()?;
        Some(History {
            future: self.future.push(self.present.clone()),
            present: previous,
            past,
        })
    }

    /// The history one step forward again; `None` when nothing was undone since the last record.
    pub fn redo(&self) -> Option<Self> {
        let (next, future) = self.future.pop()?;
        Some(History {
            past: self.past.push(self.present.clone()),
            present: next,
            future,
        })
    }

    /// Whether there is a past to go back to.
    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    /// Whether there is an undone future to go forward to.
    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn undo_and_redo_walk_the_states() {
        let h = History::new(0).record(1).record(2);
        let back = h.undo().unwrap();
        assert_eq!(*back.present(), 1);
        assert_eq!(*back.undo().unwrap().present(), 0);
        assert!(back.undo().unwrap().undo().is_none());
        assert_eq!(*back.redo().unwrap().present(), 2);
        assert!(h.redo().is_none());
    }

    #[test]
    fn a_deep_history_drops_without_overflow() {
        let mut h = History::new(0u32);
        for i in 1..=200_000 {
            h = h.record(i);
        }
        let shared = h.undo().unwrap();
        drop(h);
        assert_eq!(*shared.present(), 199_999);
        assert!(shared.can_undo());
        drop(shared);
    }

    #[test]
    fn a_new_change_drops_the_redo_future() {
        let h = History::new(0).record(1).undo().unwrap().record(5);
        assert!(!h.can_redo());
        assert_eq!(*h.undo().unwrap().present(), 0);
    }
}
