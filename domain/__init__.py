"""The school's world and its rules: plain Python, no Qt, no database, no file formats."""
