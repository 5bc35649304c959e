"""Keys, key slots, field cipher, recovery code, audit chain and the SQLCipher connection."""
