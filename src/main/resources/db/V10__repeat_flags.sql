-- Version 10: computes every repeat flag from the tickets. `check --rebuild` runs this script too
-- (after a change of repeat.window_days). An earlier complaint exactly window days before counts.
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

UPDATE rollup_complaint SET repeats = 0 WHERE repeats <> 0;

UPDATE rollup_complaint AS r SET repeats = t.n
FROM (SELECT substr(created_at, 1, 10) AS day, district, coalesce(category, '') AS category,
             coalesce(problem, '') AS problem, coalesce(channel, '') AS channel,
             coalesce(escalation_channel, '') AS escalation_channel, count(*) AS n
      FROM ticket WHERE is_repeat = 1 GROUP BY 1, 2, 3, 4, 5, 6) AS t
WHERE r.day = t.day AND r.district = t.district AND r.category = t.category AND r.problem = t.problem
  AND r.channel = t.channel AND r.escalation_channel = t.escalation_channel;

UPDATE rollup_category_day SET repeats = 0 WHERE repeats <> 0;

UPDATE rollup_category_day AS r SET repeats = t.n
FROM (SELECT day, district, category, sum(repeats) AS n FROM rollup_complaint WHERE repeats > 0 GROUP BY 1, 2, 3) AS t
WHERE r.day = t.day AND r.district = t.district AND r.category = t.category;
