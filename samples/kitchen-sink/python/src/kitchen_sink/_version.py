__title__ = "kitchen-sink"
__version__ = "1.0.0"
