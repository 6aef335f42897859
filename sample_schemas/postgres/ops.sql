-- Operations: servers, configuration, jobs, experiments, trust & safety, support.

CREATE SCHEMA ops;

CREATE TYPE ops.report_reason AS ENUM ('spam', 'harassment', 'nudity', 'underage', 'impersonation', 'other');
CREATE TYPE ops.report_status AS ENUM ('open', 'reviewing', 'actioned', 'dismissed');

CREATE TABLE ops.servers (
    id          serial PRIMARY KEY,
    hostname    varchar(255) NOT NULL UNIQUE,
    handle      varchar(32) NOT NULL, -- datamap: none
    region      varchar(16) NOT NULL,
    role        varchar(16) NOT NULL,
    ip_address  inet NOT NULL,
    public_key  text,
    created_at  timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE ops.servers IS 'Media and chat servers. Rooms are pinned to one server.';
COMMENT ON COLUMN ops.servers.handle IS 'Short name used in logs and on the status page, e.g. ams-media-07';
COMMENT ON COLUMN ops.servers.public_key IS 'TLS / DTLS certificate public key of the server';

ALTER TABLE chat.rooms
    ADD CONSTRAINT rooms_server_fk FOREIGN KEY (server_id) REFERENCES ops.servers (id);

CREATE TABLE ops.feature_flags (
    "key"            varchar(64) PRIMARY KEY,
    description      text,
    enabled          boolean NOT NULL DEFAULT false,
    rollout_percent  smallint NOT NULL DEFAULT 0,
    updated_by       integer REFERENCES app.staff (id),
    updated_at       timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE ops.app_config (
    "key"       varchar(64) PRIMARY KEY,
    "value"     jsonb NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE ops.app_config IS 'Remote config pulled by clients at startup (max cam resolution, gift animations, ...).';

CREATE TABLE ops.countries (
    code       char(2) PRIMARY KEY,
    name       varchar(80) NOT NULL,
    dial_code  varchar(6),
    eu_member  boolean NOT NULL DEFAULT false
);

COPY ops.countries (code, name, dial_code, eu_member) FROM stdin;
US	United States	+1	f
DE	Germany	+49	t
TR	Türkiye	+90	f
BR	Brazil	+55	f
\.

CREATE TABLE ops.job_queue (
    id          bigserial PRIMARY KEY,
    queue       varchar(32) NOT NULL,
    payload     jsonb NOT NULL,
    attempts    smallint NOT NULL DEFAULT 0,
    run_at      timestamptz NOT NULL DEFAULT now(),
    locked_by   varchar(64), -- datamap: none
    last_error  text
);

COMMENT ON COLUMN ops.job_queue.locked_by IS 'Worker host and pid holding the job';

CREATE TABLE ops.schema_migrations (
    version     varchar(32) PRIMARY KEY,
    applied_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE ops.content_translations (
    id        serial PRIMARY KEY,
    msg_key   varchar(120) NOT NULL,
    locale    varchar(16) NOT NULL,
    "text"    text NOT NULL,
    UNIQUE (msg_key, locale)
);

COMMENT ON TABLE ops.content_translations IS 'UI strings per locale for the web and mobile clients.';

CREATE TABLE ops.experiments (
    id           serial PRIMARY KEY,
    "key"        varchar(64) NOT NULL UNIQUE,
    description  text,
    variants     jsonb NOT NULL,
    owner_team   varchar(32),
    starts_at    timestamptz,
    ends_at      timestamptz
);

COMMENT ON COLUMN ops.experiments.variants IS '[{"name": "control", "weight": 50}, {"name": "big_gift_button", "weight": 50}]';

CREATE TABLE ops.moderation_reports (
    id             bigserial PRIMARY KEY,
    reporter_id    bigint REFERENCES app.users (id) ON DELETE SET NULL,
    reported_user  bigint NOT NULL REFERENCES app.users (id),
    room_id        bigint REFERENCES chat.rooms (id) ON DELETE SET NULL,
    message_id     bigint,
    reason         ops.report_reason NOT NULL,
    details        text,
    status         ops.report_status NOT NULL DEFAULT 'open',
    reviewer       integer REFERENCES app.staff (id),
    staff_notes    text,
    resolved_at    timestamptz,
    created_at     timestamptz NOT NULL DEFAULT now()
);

COMMENT ON COLUMN ops.moderation_reports.details IS 'What the reporter wrote';
COMMENT ON COLUMN ops.moderation_reports.staff_notes IS 'Internal notes of the trust & safety reviewer';

CREATE TABLE ops.support_tickets (
    id             bigserial PRIMARY KEY,
    user_id        bigint REFERENCES app.users (id) ON DELETE SET NULL,
    contact_email  citext NOT NULL,
    subject        varchar(200) NOT NULL,
    body           text NOT NULL,
    notes          text, -- datamap: user.contact.email
    channel        varchar(16) NOT NULL DEFAULT 'email',
    priority       smallint NOT NULL DEFAULT 3,
    status         varchar(16) NOT NULL DEFAULT 'new',
    assignee       integer REFERENCES app.staff (id),
    created_at     timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE ops.support_tickets IS 'Requests sent to support@; includes GDPR access and erasure requests.';
COMMENT ON COLUMN ops.support_tickets.notes IS 'Cc: list copied from the inbound mail headers';

CREATE OR REPLACE FUNCTION ops.notify_new_report() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    PERFORM pg_notify('moderation', NEW.id::text);
    RETURN NEW;
END;
$$;

CREATE TRIGGER moderation_reports_notify AFTER INSERT ON ops.moderation_reports
    FOR EACH ROW EXECUTE FUNCTION ops.notify_new_report();

CREATE INDEX moderation_reports_open_idx ON ops.moderation_reports (created_at) WHERE status = 'open';

GRANT SELECT ON ops.feature_flags, ops.app_config, ops.content_translations TO chat_service;
GRANT SELECT, UPDATE ON ops.moderation_reports, ops.support_tickets TO admin_console;
