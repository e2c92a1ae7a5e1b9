"""The limits of a fetch: the defaults of ``FetchOptions`` and of the command line's
``--timeout`` and ``--max-size``, which the command line reads without loading the fetcher."""

DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
