-- Version 17: each run's file size in bytes. A text file whose size no earlier import had cannot be a
-- file seen before, so its content hash is read with its rows instead of in a pass of its own first.
-- Runs from before this version have no size: they keep every later file to the hash-first way.
ALTER TABLE sync_run ADD COLUMN file_size INTEGER;
