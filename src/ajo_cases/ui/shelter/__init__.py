"""The Shelter page: beds, residents, admissions and discharges."""
