"""The encrypted vault: envelope, key slots, atomic store, locks, drafts, index and audit log.

Import what you need from the submodules (``store.Vault``, ``errors.*``); this package module
stays empty so that importing an error type does not pull in the whole store.
"""
