__title__ = "example-sdk"
__version__ = "0.1.0"
