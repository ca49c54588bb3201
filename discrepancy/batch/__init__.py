"""The batch layer: many reports from one YAML file, in parallel, skipping those whose inputs are
unchanged. ``config`` (the batch file read and checked), ``run`` (workers, the lock, the manifest) and
``index`` (reports/index.html)."""

from discrepancy.batch.run import run_batch

__all__ = ["run_batch"]
