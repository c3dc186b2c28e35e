"""The browser's widgets, one a module."""
