"""Shared test helpers: real Synapse, real keyring, bounded waits."""
