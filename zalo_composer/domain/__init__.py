"""Pure-Python core: the message model, its limits and validation, the eSMS request body,
the code table and the draft format. Nothing here imports Qt, httpx, files or the keyring."""
