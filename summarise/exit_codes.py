"""The exit codes of the commands and of a scheduled run's record.

0 all done; 1 one or more articles failed, up to all of them (a model server that cannot
be reached included); 2 usage or configuration, a model server refusing the settings
included; 130 interrupted (128 + SIGINT, as shells report it). Defined once, so that the
code a command exits with and the one its run record keeps cannot drift apart.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
