"""Fault injection for the fault tests (test_network_faults, test_share_faults, test_file_state_faults and others): worker processes, a failing FUSE filesystem, helpers."""
