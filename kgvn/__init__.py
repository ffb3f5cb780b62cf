"""kgvn: cited facts on relations between Kyrgyzstan and Việt Nam."""

__version__ = "0.1.0"
