"""Extractors behind one interface: see ``base.Backend``."""
