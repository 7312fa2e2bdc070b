"""Tables of the club feature: its own numbered migration set."""

from sqlite_utils import Migrations

migrations = Migrations("debate.club")
