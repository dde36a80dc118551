"""Apache Spark batch extraction: the pipeline over archives of any size, written as Parquet.

`job` is the entry point (`diplowatch spark extract`, or `spark-submit .../diplowatch/spark/job.py`);
`inputs` reads the articles on the driver's side, `worker` runs the pipeline on the executors,
`rows` turns each result into table rows and `layout` names the tables (what `ingest` detects).
Only `job`, `inputs`, `schema` and `session` import pyspark.
"""
