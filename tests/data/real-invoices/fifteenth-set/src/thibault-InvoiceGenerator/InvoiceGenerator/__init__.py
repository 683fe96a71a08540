VERSION = (1, 2, 0)

__version__ = VERSION
__versionstr__ = ".".join(map(str, VERSION))
