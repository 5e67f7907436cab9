"""Suite-wide settings: property tests have no per-example deadline, since the first example
of a test may pay for loading a table or model and CI machines may be busy."""

from hypothesis import settings

settings.register_profile("detente", deadline=None)
settings.load_profile("detente")
