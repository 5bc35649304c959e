"""PDF documents built with ReportLab from plain data: bytes out, no Qt, no database session."""
