"""The right side of the window: the exact request body as highlighted JSON."""
