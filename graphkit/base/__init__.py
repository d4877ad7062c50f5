"""The base layer: what every other part of graphkit builds on and nothing here imports.

Errors and warnings (:mod:`~graphkit.base.errors`), lazy re-exports, progress of long
steps, optional dependencies, the bundled data files, terminal escaping, and reading
tables that remember their lines (:mod:`~graphkit.base.table_reading`). Modules here
import only each other and third-party libraries.
"""
