"""Printing: the print dialog with its preview."""
