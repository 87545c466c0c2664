__title__ = "tree-sdk"
__version__ = "0.1.0"
