"""What the views ask for: opening files, and the rows each tab shows, as plain objects."""
