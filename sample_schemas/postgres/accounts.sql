-- Paltalk-style video chat: member accounts, authentication and devices.
-- Excerpt of the production schema (pg_dump --schema-only, then tidied by hand).

SET statement_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;

CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA public;

CREATE SCHEMA app;

SET search_path = app, public;

CREATE TYPE app.account_status AS ENUM ('pending', 'active', 'suspended', 'closed');
CREATE TYPE app.gender AS ENUM ('female', 'male', 'nonbinary', 'undisclosed');
CREATE TYPE app.device_type AS ENUM ('desktop', 'web', 'ios', 'android', 'tv');
CREATE TYPE app.staff_role AS ENUM ('support', 'moderator', 'admin', 'finance');

-- ---------------------------------------------------------------------------
-- Members
-- ---------------------------------------------------------------------------

CREATE TABLE app.users (
    id              bigserial PRIMARY KEY,
    nickname        citext NOT NULL,
    email           citext NOT NULL,
    password_hash   text NOT NULL,
    password_salt   bytea NOT NULL,
    email_verified  boolean NOT NULL DEFAULT false,
    status          app.account_status NOT NULL DEFAULT 'pending',
    is_guest        boolean NOT NULL DEFAULT false,
    locale          varchar(16) NOT NULL DEFAULT 'en-US',
    date_of_birth   date,
    gender          app.gender,
    country_code    char(2),
    phone_number    varchar(32),
    signup_ip       inet,
    referred_by     bigint REFERENCES app.users (id) ON DELETE SET NULL,
    last_login_at   timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    deleted_at      timestamptz,
    CONSTRAINT users_nickname_key UNIQUE (nickname),
    CONSTRAINT users_email_key UNIQUE (email)
);

COMMENT ON TABLE app.users IS 'One row per registered member (guests included).';
COMMENT ON COLUMN app.users.nickname IS 'Public nickname shown in rooms and private chats';
COMMENT ON COLUMN app.users.password_hash IS 'bcrypt hash, cost 12';
COMMENT ON COLUMN app.users.password_salt IS 'Legacy per-user salt kept for pre-2016 accounts';
COMMENT ON COLUMN app.users.locale IS 'Client language, e.g. en-US, tr-TR';
COMMENT ON COLUMN app.users.date_of_birth IS 'Asked at signup since the 2019 age gate';
COMMENT ON COLUMN app.users.country_code IS 'ISO 3166-1 alpha-2, self-declared';
COMMENT ON COLUMN app.users.phone_number IS 'E.164; optional, used for SMS login codes';
COMMENT ON COLUMN app.users.referred_by IS 'Member who invited this member';

CREATE INDEX users_created_at_idx ON app.users (created_at);
CREATE INDEX users_status_idx ON app.users (status) WHERE status <> 'active';

CREATE TABLE app.profiles (
    user_id              bigint PRIMARY KEY REFERENCES app.users (id) ON DELETE CASCADE,
    display_name         varchar(80),
    bio                  text,
    avatar_url           text,
    interests            text[] NOT NULL DEFAULT '{}',
    hometown             varchar(120),
    website_url          text,
    relationship_status  varchar(24),
    profile_visibility   varchar(16) NOT NULL DEFAULT 'members',
    updated_at           timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE app.profiles IS 'Public profile card shown when someone clicks a nickname.';
COMMENT ON COLUMN app.profiles.bio IS 'About me text';
COMMENT ON COLUMN app.profiles.profile_visibility IS 'everyone | members | friends | hidden';

CREATE TABLE app.user_settings (
    user_id              bigint NOT NULL REFERENCES app.users (id) ON DELETE CASCADE,
    notify_email         boolean NOT NULL DEFAULT true,
    notify_push          boolean NOT NULL DEFAULT true,
    theme                varchar(16) NOT NULL DEFAULT 'light',
    timezone             varchar(64),
    autoplay_video       boolean NOT NULL DEFAULT true,
    show_webcam_preview  boolean NOT NULL DEFAULT true,
    font_size            smallint NOT NULL DEFAULT 14,
    updated_at           timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id)
);

CREATE TABLE app.privacy_consents (
    id                  bigserial PRIMARY KEY,
    user_id             bigint NOT NULL REFERENCES app.users (id) ON DELETE CASCADE,
    marketing_opt_in    boolean NOT NULL DEFAULT false,
    newsletter_opt_in   boolean NOT NULL DEFAULT false,
    personalized_ads    boolean NOT NULL DEFAULT true,
    hide_online_status  boolean NOT NULL DEFAULT false,
    terms_version       varchar(16) NOT NULL,
    terms_accepted_at   timestamptz NOT NULL,
    consent_ip          inet,
    recorded_at         timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE app.privacy_consents IS 'Append-only history of consent choices; the latest row wins.';
COMMENT ON COLUMN app.privacy_consents.marketing_opt_in IS 'Marketing e-mail about us and our services';

-- ---------------------------------------------------------------------------
-- Authentication, sessions and devices
-- ---------------------------------------------------------------------------

CREATE TABLE app.auth_tokens (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id             bigint NOT NULL REFERENCES app.users (id) ON DELETE CASCADE,
    refresh_token_hash  text NOT NULL,
    device_id           text,
    scope               text NOT NULL DEFAULT 'chat',
    issued_at           timestamptz NOT NULL DEFAULT now(),
    expires_at          timestamptz NOT NULL,
    revoked_at          timestamptz
);

COMMENT ON COLUMN app.auth_tokens.refresh_token_hash IS 'SHA-256 of the OAuth refresh token';

CREATE TABLE app.sessions (
    id             uuid NOT NULL DEFAULT gen_random_uuid(),
    user_id        bigint NOT NULL,
    session_token  text NOT NULL,
    ip_address     inet NOT NULL,
    user_agent     text,
    device_id      text,
    device_type    app.device_type NOT NULL,
    os_name        varchar(32),
    os_version     varchar(32),
    app_version    varchar(32),
    referrer       text,
    latitude       double precision,
    longitude      double precision,
    started_at     timestamptz NOT NULL DEFAULT now(),
    last_seen_at   timestamptz NOT NULL DEFAULT now(),
    ended_at       timestamptz,
    CONSTRAINT sessions_pkey PRIMARY KEY (id),
    CONSTRAINT sessions_user_fk FOREIGN KEY (user_id) REFERENCES app.users (id) ON DELETE CASCADE
);

COMMENT ON TABLE app.sessions IS 'Client sessions (desktop, web and mobile).';
COMMENT ON COLUMN app.sessions.session_token IS 'Opaque bearer token sent in X-PT-Session';
COMMENT ON COLUMN app.sessions.referrer IS 'HTTP Referer or install referrer of the first request';
COMMENT ON COLUMN app.sessions.latitude IS 'From the mobile SDK location fix, when granted';
COMMENT ON COLUMN app.sessions.longitude IS 'From the mobile SDK location fix, when granted';

CREATE INDEX sessions_user_idx ON app.sessions (user_id, started_at DESC);
CREATE UNIQUE INDEX sessions_token_idx ON app.sessions USING btree (session_token);

CREATE TABLE app.device_session_counts (
    user_id        bigint NOT NULL REFERENCES app.users (id) ON DELETE CASCADE,
    device_id      text NOT NULL,
    client_kind    varchar(16) NOT NULL,
    session_count  integer NOT NULL DEFAULT 0,
    first_seen_at  timestamptz NOT NULL DEFAULT now(),
    last_seen_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, device_id, client_kind)
);

COMMENT ON TABLE app.device_session_counts IS 'Number of sessions per browser/client on each device.';
COMMENT ON COLUMN app.device_session_counts.client_kind IS 'browser | desktop | ios | android';

CREATE TABLE app.login_history (
    id              bigserial PRIMARY KEY,
    user_id         bigint REFERENCES app.users (id) ON DELETE SET NULL,
    attempted_at    timestamptz NOT NULL DEFAULT now(),
    success         boolean NOT NULL,
    failure_reason  varchar(32),
    auth_method     varchar(16) NOT NULL,
    ip_address      inet NOT NULL,
    user_agent      text,
    geo_country     char(2),
    geo_city        varchar(80)
);

COMMENT ON COLUMN app.login_history.auth_method IS 'password | facebook | google | apple | sms';
COMMENT ON COLUMN app.login_history.geo_city IS 'GeoIP lookup of ip_address';

CREATE TABLE app.push_tokens (
    id          bigserial PRIMARY KEY,
    user_id     bigint NOT NULL REFERENCES app.users (id) ON DELETE CASCADE,
    token       text NOT NULL,
    platform    app.device_type NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);

COMMENT ON COLUMN app.push_tokens.token IS 'APNs / FCM registration token';

-- ---------------------------------------------------------------------------
-- Social graph
-- ---------------------------------------------------------------------------

CREATE TABLE app."user_blocks" (
    blocker     bigint NOT NULL REFERENCES app.users (id) ON DELETE CASCADE,
    blocked     bigint NOT NULL REFERENCES app.users (id) ON DELETE CASCADE,
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (blocker, blocked)
);

CREATE TABLE app.friendships (
    user_id     bigint NOT NULL REFERENCES app.users (id) ON DELETE CASCADE,
    friend      bigint NOT NULL REFERENCES app.users (id) ON DELETE CASCADE,
    state       varchar(12) NOT NULL DEFAULT 'requested',
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, friend)
);

COMMENT ON COLUMN app.friendships.state IS 'requested | accepted | ignored';

-- ---------------------------------------------------------------------------
-- Staff and age verification
-- ---------------------------------------------------------------------------

CREATE TABLE app.staff (
    id          serial PRIMARY KEY,
    username    citext NOT NULL UNIQUE,
    full_name   varchar(120) NOT NULL,
    work_email  citext NOT NULL,
    role        app.staff_role NOT NULL,
    mfa_secret  text,
    is_active   boolean NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE app.staff IS 'Employees with access to the admin console.';
COMMENT ON COLUMN app.staff.mfa_secret IS 'TOTP seed, base32';

CREATE TABLE app.age_verifications (
    id               bigserial PRIMARY KEY,
    user_id          bigint NOT NULL REFERENCES app.users (id) ON DELETE CASCADE,
    document_type    varchar(24) NOT NULL,
    document_number  text NOT NULL,
    date_of_birth    date NOT NULL,
    selfie_url       text,
    verified_by      integer REFERENCES app.staff (id),
    verified_at      timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE app.age_verifications IS 'Age checks required before a member may broadcast in 18+ rooms.';
COMMENT ON COLUMN app.age_verifications.document_type IS 'passport | drivers_license | national_id';
COMMENT ON COLUMN app.age_verifications.document_number IS 'Number as printed on the document';

CREATE OR REPLACE FUNCTION app.touch_updated_at() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;

CREATE TRIGGER users_touch_updated_at BEFORE UPDATE ON app.users
    FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at();
CREATE TRIGGER profiles_touch_updated_at BEFORE UPDATE ON app.profiles
    FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at();

GRANT USAGE ON SCHEMA app TO chat_service;
GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA app TO chat_service;
GRANT SELECT ON app.users, app.sessions TO analytics_ro;
