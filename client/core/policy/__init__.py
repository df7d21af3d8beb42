"""Admin policy: one schema (schema.py), loaders for Linux files and the Windows registry
(loader.py); policy beats user settings, which beat defaults."""
