-- Every repeat flag computed from the tickets: `check --rebuild` and a change of repeat.window_days run this;
-- the roll-ups are rebuilt after it (they count the flags). An earlier complaint exactly window days before counts.
DELETE FROM complaint_contact;

INSERT INTO complaint_contact (created_at, subscriber, ticket_id)
SELECT created_at, subscriber, ticket_id FROM ticket
WHERE kind = 'complaint' AND subscriber IS NOT NULL AND subscriber <> '';

CREATE INDEX contact_by_subscriber ON complaint_contact (subscriber, created_at);

UPDATE complaint_contact AS c SET is_repeat = 1
WHERE EXISTS (
    SELECT 1 FROM complaint_contact p
    WHERE p.subscriber = c.subscriber AND p.created_at < c.created_at
      AND p.created_at >= datetime(c.created_at,
          '-' || (SELECT coalesce(max(value), '30') FROM setting WHERE key = 'repeat.window_days') || ' days'));

DROP INDEX contact_by_subscriber;

UPDATE ticket SET is_repeat = 0 WHERE is_repeat = 1;

UPDATE ticket SET is_repeat = 1 WHERE ticket_id IN (SELECT ticket_id FROM complaint_contact WHERE is_repeat = 1);
