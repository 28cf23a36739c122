"""eSMS over HTTP: the client and the loopback sandbox."""
