"""detente: sourced, structured CAMEO event data between states, from the news."""

__version__ = "0.1.0"
