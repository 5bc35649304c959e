"""Statistics: filters, tables, charts, drill-down and exports."""
