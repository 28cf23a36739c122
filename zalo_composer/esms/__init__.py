"""eSMS over HTTP: the client and the other queries (the sandbox is `zalo_composer.sandbox`)."""
