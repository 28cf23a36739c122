"""Benchmarks for zalo-composer (`make bench`): each prints its figures beside their targets."""
