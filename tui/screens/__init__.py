"""The browser's screens, one a module."""
