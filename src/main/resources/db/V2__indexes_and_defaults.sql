-- Version 2: indexes measured in STACK.md and the default reference settings of the demo data.

CREATE INDEX ticket_created ON ticket (created_at);
CREATE INDEX ticket_district_problem ON ticket (district, problem);
CREATE INDEX sync_run_hash ON sync_run (content_hash);
CREATE INDEX rejected_row_run ON rejected_row (run_id);

INSERT INTO category_role (category, role) VALUES
    ('费用争议', 'billing_dispute'),
    ('装维服务', 'install_repair'),
    ('渠道服务', 'channel_service');

INSERT INTO escalation_group (channel, group_name) VALUES
    ('集团客服', 'major'), ('省公司', 'major'), ('工信部', 'major'), ('通管局', 'major'), ('媒体', 'major'),
    ('工信部', 'regulator'), ('通管局', 'regulator');

INSERT INTO setting (key, value) VALUES
    ('qc.self_check_min', '0.95'),
    ('qc.support_min', '0.93'),
    ('repeat.window_days', '30');

INSERT INTO kpi_target (metric, target) VALUES
    ('complaints_per_1000', 3.0),
    ('first_contact_resolution', 0.95),
    ('billing_dispute_share', 0.25),
    ('top_problem_share', 0.15);
