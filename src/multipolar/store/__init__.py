"""multipolar.store: the DuckDB event store (documents, mentions, events) and ``multipolar ingest``.

``database.open_db`` opens or creates a database (schema in ``data/schema.sql``, version-checked);
``writer.write_batch`` stores coded documents in one transaction, each stamped with its coder
(``multipolar.coder_stamp``); ``ingest.ingest`` drives reading, coding and storing batch by batch;
``recode.recode`` codes stored documents of another coder again from their stored texts.
"""
