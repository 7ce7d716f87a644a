-- Version 9: repeat complaints (DESIGN section 4) as a dimension of the ticket row. A complaint is
-- a repeat when its subscriber has an earlier complaint in the window (setting repeat.window_days).
-- complaint_contact lists every complaint with a subscriber, keyed by time first: real exports come
-- in time order, so imports append to its end and read one window range back (a subscriber-first
-- key behaved like a secondary index and slowed a 1M-row load by 70 %).
ALTER TABLE ticket ADD COLUMN is_repeat INTEGER NOT NULL DEFAULT 0 CHECK (is_repeat IN (0, 1));

CREATE TABLE complaint_contact (
    created_at TEXT NOT NULL,
    subscriber TEXT NOT NULL,
    ticket_id  TEXT NOT NULL,
    is_repeat  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (created_at, subscriber, ticket_id)
) WITHOUT ROWID;

ALTER TABLE rollup_complaint ADD COLUMN repeats INTEGER NOT NULL DEFAULT 0;
ALTER TABLE rollup_category_day ADD COLUMN repeats INTEGER NOT NULL DEFAULT 0;
