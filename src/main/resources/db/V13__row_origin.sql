-- Version 13: where each ticket's latest version was read (sheet and row of the file of its
-- last run), so that a second row of one file with the same ticket id is rejected naming both rows,
-- and the ticket's detail can say where it came from.
ALTER TABLE ticket ADD COLUMN source_sheet TEXT;
ALTER TABLE ticket ADD COLUMN source_row INTEGER;
