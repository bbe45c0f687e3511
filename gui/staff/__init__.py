"""Staff page: the teachers, their card, the import of the staff list from Excel."""
