"""What the index says: the published snapshot and hybrid retrieval over it."""
