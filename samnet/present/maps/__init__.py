"""The interactive maps: layout, the data a page carries, and the self-contained HTML page."""
