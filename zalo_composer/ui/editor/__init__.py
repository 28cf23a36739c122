"""The left side of the window: message text, send options and the button rows."""
