-- partner_api: the public API for third-party apps (bots, room widgets, stream overlays).

CREATE SCHEMA partner_api;

CREATE TABLE partner_api.developers (
    id          serial PRIMARY KEY,
    mail        varchar(255) NOT NULL UNIQUE,
    name        varchar(120) NOT NULL,
    fax         varchar(32),
    company     varchar(120),
    created_at  timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE partner_api.developers IS 'People who registered for a developer account.';
COMMENT ON COLUMN partner_api.developers.mail IS 'Login and contact address of the developer';
COMMENT ON COLUMN partner_api.developers.company IS 'Company the developer builds for, if any';

CREATE TABLE partner_api.api_apps (
    id             serial PRIMARY KEY,
    developer_id   integer NOT NULL REFERENCES partner_api.developers (id) ON DELETE CASCADE,
    app_name       varchar(80) NOT NULL,
    client_id      uuid NOT NULL UNIQUE,
    legacy_secret  varchar(64),
    redirect_uri   text NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now()
);

COMMENT ON COLUMN partner_api.api_apps.app_name IS 'Shown to members on the consent screen';
