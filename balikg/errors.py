"""The error the CLI turns into one line on stderr and a non-zero exit."""


class UserError(Exception):
    """A problem with the user's input or files: the message names the file and the problem."""

    def __init__(self, message: str, exit_code: int = 2):
        super().__init__(message)
        self.exit_code = exit_code
