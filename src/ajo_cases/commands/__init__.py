"""Command-line sub-commands; each module registers its parsers and handlers."""
