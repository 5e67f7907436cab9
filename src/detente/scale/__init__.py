"""Distributed runs: a Dask cluster ingests and codes partitions of the input into a Parquet
dataset; the driver folds reposts across partitions and records the dataset in the store."""

from detente.scale.driver import (
    ClusterError,
    PartitionFailure,
    ScaleReport,
    connect,
    run_distributed,
)
from detente.scale.partition import Partition, list_inputs, make_partitions

__all__ = [
    "ClusterError",
    "Partition",
    "PartitionFailure",
    "ScaleReport",
    "connect",
    "list_inputs",
    "make_partitions",
    "run_distributed",
]
