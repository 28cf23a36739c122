"""Everything that lives on disk or in the OS keyring: paths, drafts, profiles, secrets, history."""
