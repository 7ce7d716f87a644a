-- Every repeat flag computed from the tickets: `check --rebuild` and a change of repeat.window_days run this;
-- the roll-ups are rebuilt after it (they count the flags). A complaint is a repeat when its subscriber has
-- another complaint created in [created - window, created): one exactly a window before counts.
CREATE TEMP TABLE repeat_contact AS
SELECT rowid AS ticket_rowid, created_at, subscriber FROM ticket_row
WHERE kind = 0 /* complaint */ AND subscriber IS NOT NULL AND subscriber <> '';

CREATE INDEX temp.repeat_contact_by_subscriber ON repeat_contact (subscriber, created_at);

UPDATE ticket_row SET is_repeat = 0 WHERE is_repeat = 1;

UPDATE ticket_row SET is_repeat = 1
WHERE rowid IN (
    SELECT c.ticket_rowid FROM repeat_contact c
    WHERE EXISTS (
        SELECT 1 FROM repeat_contact p
        WHERE p.subscriber = c.subscriber AND p.created_at < c.created_at
          AND p.created_at >= c.created_at - 86400 *
              (SELECT CAST(coalesce(max(value), '30') AS INTEGER) FROM setting WHERE key = 'repeat.window_days')));

DROP TABLE temp.repeat_contact;
