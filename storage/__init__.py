"""Everything that reads or writes bytes: the database, backups, Word and Excel files."""
