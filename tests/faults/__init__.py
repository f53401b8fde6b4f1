"""Fault injection for tests/test_network_faults.py: worker processes, a failing FUSE filesystem, helpers."""
