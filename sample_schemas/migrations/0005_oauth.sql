-- OAuth 2 authorisation-code flow: apps act on behalf of members.

CREATE TABLE partner_api.oauth_grants (
    id                 bigserial PRIMARY KEY,
    app_id             integer NOT NULL REFERENCES partner_api.api_apps (id) ON DELETE CASCADE,
    member_id          bigint NOT NULL REFERENCES app.users (id) ON DELETE CASCADE,
    auth_code          varchar(64),
    access_token_hash  text NOT NULL,
    scopes             text[] NOT NULL,
    granted_at         timestamptz NOT NULL DEFAULT now(),
    expires_at         timestamptz NOT NULL
);

COMMENT ON COLUMN partner_api.oauth_grants.scopes IS 'e.g. {profile.read, rooms.read, messages.send}';

ALTER TABLE partner_api.api_apps ADD COLUMN client_secret_hash text;
ALTER TABLE partner_api.api_apps DROP COLUMN legacy_secret;

CREATE INDEX oauth_grants_member_idx ON partner_api.oauth_grants (member_id);
