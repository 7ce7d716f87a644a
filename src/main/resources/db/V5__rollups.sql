-- Version 5: daily roll-ups kept by every import, so that no dashboard query scans the tickets.
-- Complaints only (the KPIs count nothing else); a blank dimension is stored as ''.

CREATE TABLE rollup_complaint (
    day                TEXT NOT NULL,
    district           TEXT NOT NULL,
    category           TEXT NOT NULL,
    problem            TEXT NOT NULL,
    channel            TEXT NOT NULL,
    escalation_channel TEXT NOT NULL,
    tickets            INTEGER NOT NULL,
    PRIMARY KEY (day, district, category, problem, channel, escalation_channel)
) WITHOUT ROWID;

-- Closures by the day they closed: first-contact resolution counts closed tickets.
CREATE TABLE rollup_closure (
    day            TEXT NOT NULL,
    district       TEXT NOT NULL,
    service_center TEXT NOT NULL,
    category       TEXT NOT NULL,
    resolved_first INTEGER NOT NULL,
    flag_known     INTEGER NOT NULL,
    PRIMARY KEY (day, district, service_center, category)
) WITHOUT ROWID;

INSERT INTO rollup_complaint (day, district, category, problem, channel, escalation_channel, tickets)
SELECT substr(created_at, 1, 10), district, coalesce(category, ''), coalesce(problem, ''), coalesce(channel, ''),
       coalesce(escalation_channel, ''), count(*)
FROM ticket WHERE kind = 'complaint'
GROUP BY 1, 2, 3, 4, 5, 6;

INSERT INTO rollup_closure (day, district, service_center, category, resolved_first, flag_known)
SELECT substr(closed_at, 1, 10), district, coalesce(service_center, ''), coalesce(category, ''),
       count(CASE WHEN first_contact_resolved = 1 THEN 1 END), count(first_contact_resolved)
FROM ticket WHERE kind = 'complaint' AND closed_at IS NOT NULL
GROUP BY 1, 2, 3, 4;
