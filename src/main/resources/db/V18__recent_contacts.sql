-- Version 18: the stored complaints of the last repeat window (time and subscriber), packed in one row,
-- so that a weekly file appended after them decides its repeat flags without reading them back row by
-- row (55,000 rows in a 1M store: most of what a weekly file's import waited for). The import that
-- makes them so writes the row; any other change to the tickets deletes it, and the next import reads
-- the window from the tickets again.
CREATE TABLE recent_contacts (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    window_seconds INTEGER NOT NULL,
    latest         INTEGER NOT NULL,
    contacts       BLOB NOT NULL
);
