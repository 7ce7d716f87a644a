-- Version 3: how long each file's import took, for the sync log.
ALTER TABLE sync_run ADD COLUMN duration_ms INTEGER;
