"""The errors a user can cause: one line naming the file and the problem, and a non-zero exit."""


class UserError(Exception):
    """A problem with the user's input or files: the message names the file and the problem."""

    def __init__(self, message: str, exit_code: int = 2):
        super().__init__(message)
        self.exit_code = exit_code


class IngestError(UserError):
    """A statement text that cannot be read at all (missing, empty, binary, not UTF-8)."""
