"""The reliability suite: counted tries against the vault, the parsers and the terminal.

``python -m reliability`` (``make reliability``) runs every target and prints one table,
target | tries | held | failed, with each failure class and a minimal reproduction below it.
``docs/reliability.md`` says what each target does and records the figures of a full run.

One module per target (:mod:`.tamper`, :mod:`.headers`, :mod:`.kill`, :mod:`.ioerrors`,
:mod:`.concurrency`, :mod:`.render`, :mod:`.fuzz`, :mod:`.plaintext`) on a common harness
(:mod:`.harness`: counting, forked children, the project's error base; :mod:`.fixture`: the
fixture vault; :mod:`.ops`: the writing operations that the kill and I/O-error targets share).
The suite drives the product from outside and never changes it.
"""
