"""The window: PySide6 only. Talks to domain services, never to the database."""
