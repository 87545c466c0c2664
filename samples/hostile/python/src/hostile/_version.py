__title__ = "hostile"
__version__ = "0.0.1"
