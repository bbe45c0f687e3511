"""Document content builders: what a document says, as plain data; storage/ renders it."""
