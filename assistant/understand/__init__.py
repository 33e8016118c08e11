"""Understanding the question: who asks (profile), what kind of question (intent), whether it is covered (scope)."""
