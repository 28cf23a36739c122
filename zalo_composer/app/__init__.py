"""The application layer, with no Qt: what the window and the CLI both drive.

- `session`: the compose session (the template the user typed, placeholder defaults, the
  next RequestId) and everything derived from it: the filled draft, the problems, the
  request body shown and sent.
- `send`: the one send loop (history written before a request leaves, completed after).
- `bulk`: a recipients table sent through that loop, paced, pausable, resumable.
- `services`: profiles, secrets, the sandbox host, the HTTP client and the history,
  made when first used, and the route (where and as whom) a profile sends.
"""
