"""One package (or module) per page of the main window."""
