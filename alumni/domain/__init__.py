"""Pure decisions: no Flask, no database session."""
