"""The written report: one report model, rendered as HTML (print-ready) and as Word (.docx)."""
