-- Version 8: closures per day without the service center, for first-contact resolution and its
-- trend (half the rows of the per-center roll-up, which stays for the QC tiers of centers).
CREATE TABLE rollup_closure_day (
    day            TEXT NOT NULL,
    district       TEXT NOT NULL,
    category       TEXT NOT NULL,
    resolved_first INTEGER NOT NULL,
    flag_known     INTEGER NOT NULL,
    PRIMARY KEY (day, district, category)
) WITHOUT ROWID;

INSERT INTO rollup_closure_day (day, district, category, resolved_first, flag_known)
SELECT day, district, category, sum(resolved_first), sum(flag_known) FROM rollup_closure GROUP BY 1, 2, 3;
