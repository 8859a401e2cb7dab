//! Storage in memory: the protocol's reference [`Store`], for tests and benchmarks.

use std::collections::HashMap;

use super::{Revision, SavedState, StateWrite, Store, StoreError};

/// A store that keeps the head and the chunks in maps; its compare and swap is atomic.
#[derive(Debug, Clone, Default)]
pub struct MemoryStore {
    head: Option<(Revision, String)>,
    chunks: HashMap<String, String>,
    /// How many states were written.
    pub writes: usize,
}

impl MemoryStore {
    /// Writes `state`, whatever is stored.
    pub fn put(&mut self, state: &StateWrite) {
        for chunk in &state.chunks {
            self.chunks
                .entry(chunk.name.to_string())
                .or_insert_with(|| chunk.json.to_string());
        }
        self.head = Some((state.rev.clone(), state.head.clone()));
        self.writes += 1;
    }
}

impl Store for MemoryStore {
    fn head(&self) -> Option<Revision> {
        self.head.as_ref().map(|(rev, _)| rev.clone())
    }

    fn load(&self) -> Option<SavedState> {
        let (_, head) = self.head.as_ref()?;
        SavedState::read(head, |name| self.chunks.get(name).cloned()).ok()
    }

    fn compare_and_swap(
        &mut self,
        expected: Option<&Revision>,
        state: &StateWrite,
    ) -> Result<bool, StoreError> {
        if self.head().as_ref() != expected {
            return Ok(false);
        }
        self.put(state);
        Ok(true)
    }
}
