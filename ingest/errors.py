"""The one error type ingestion raises: a message that names the file and the problem."""


class IngestError(Exception):
    """Bad input: the message is one line, naming the file and what is wrong with it."""
