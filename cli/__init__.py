"""The headless commands: the same services as the window, no display needed."""
