"""Import from and export to CSV, XLSX and HTCDS files."""
