"""The tabs of the case window, one file each."""
