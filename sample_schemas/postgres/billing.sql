-- Virtual currency (credits), gifts, subscriptions and card payments.

CREATE SCHEMA billing;

CREATE TYPE billing.subscription_status AS ENUM ('trialing', 'active', 'past_due', 'cancelled', 'expired');
CREATE TYPE billing.payment_kind AS ENUM ('card', 'paypal', 'apple_iap', 'google_play', 'gift_card');
CREATE TYPE billing.ledger_reason AS ENUM ('purchase', 'gift_sent', 'gift_received', 'refund', 'promo', 'adjustment');

CREATE TABLE billing.currencies (
    code         char(3) PRIMARY KEY,
    name         varchar(40) NOT NULL,
    minor_units  smallint NOT NULL DEFAULT 2
);

COPY billing.currencies (code, name, minor_units) FROM stdin;
USD	US Dollar	2
EUR	Euro	2
GBP	Pound Sterling	2
JPY	Yen	0
\.

CREATE TABLE billing.gift_catalog (
    id             serial PRIMARY KEY,
    sku            varchar(40) NOT NULL UNIQUE,
    name           varchar(80) NOT NULL,
    price_credits  integer NOT NULL,
    animation_url  text,
    is_active      boolean NOT NULL DEFAULT true
);

COMMENT ON TABLE billing.gift_catalog IS 'Virtual gifts members can send in rooms (roses, crowns, fireworks).';

CREATE TABLE billing.wallets (
    user_id             bigint PRIMARY KEY REFERENCES app.users (id),
    balance_credits     bigint NOT NULL DEFAULT 0,
    lifetime_purchased  bigint NOT NULL DEFAULT 0,
    updated_at          timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE billing.credit_ledger (
    id             bigserial PRIMARY KEY,
    wallet         bigint NOT NULL REFERENCES billing.wallets (user_id),
    delta_credits  bigint NOT NULL,
    balance_after  bigint NOT NULL,
    reason         billing.ledger_reason NOT NULL,
    reference_id   text,
    created_at     timestamptz NOT NULL DEFAULT now()
);

COMMENT ON COLUMN billing.credit_ledger.reference_id IS 'gift_transactions.id or payments.id, depending on reason';

CREATE TABLE billing.gift_transactions (
    id             bigserial PRIMARY KEY,
    sender_id      bigint NOT NULL REFERENCES app.users (id),
    receiver       bigint NOT NULL REFERENCES app.users (id),
    gift_id        integer NOT NULL REFERENCES billing.gift_catalog (id),
    room_id        bigint REFERENCES chat.rooms (id),
    credits_spent  integer NOT NULL,
    note           varchar(140),
    created_at     timestamptz NOT NULL DEFAULT now()
);

COMMENT ON COLUMN billing.gift_transactions.note IS 'Card text shown only to the receiver';

CREATE TABLE billing.plans (
    id             serial PRIMARY KEY,
    code           varchar(32) NOT NULL UNIQUE,
    name           varchar(80) NOT NULL,
    price_cents    integer NOT NULL,
    currency       char(3) NOT NULL REFERENCES billing.currencies (code),
    billing_cycle  interval NOT NULL
);

COPY billing.plans (id, code, name, price_cents, currency, billing_cycle) FROM stdin;
1	plus_monthly	Plus	499	USD	1 mon
2	extra_monthly	Extra	999	USD	1 mon
3	vip_yearly	VIP	9999	USD	1 year
\.

CREATE TABLE billing.subscriptions (
    id                         bigserial PRIMARY KEY,
    user_id                    bigint NOT NULL REFERENCES app.users (id),
    plan_id                    integer NOT NULL REFERENCES billing.plans (id),
    status                     billing.subscription_status NOT NULL,
    processor_subscription_id  text,
    current_period_end         timestamptz,
    cancel_at_period_end       boolean NOT NULL DEFAULT false,
    created_at                 timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE billing.payment_methods (
    id                   bigserial PRIMARY KEY,
    user_id              bigint NOT NULL REFERENCES app.users (id) ON DELETE CASCADE,
    card_brand           varchar(16),
    card_last4           char(4),
    card_exp_month       smallint,
    card_exp_year        smallint,
    card_fingerprint     text,
    processor_token      text NOT NULL,
    billing_name         varchar(120),
    billing_street       varchar(200),
    billing_city         varchar(80),
    billing_state        varchar(80),
    billing_postal_code  varchar(16),
    billing_country      char(2),
    is_default           boolean NOT NULL DEFAULT false,
    created_at           timestamptz NOT NULL DEFAULT now()
);

COMMENT ON COLUMN billing.payment_methods.card_fingerprint IS 'Processor fingerprint, identical for the same card number';
COMMENT ON COLUMN billing.payment_methods.processor_token IS 'Saved-card token (pm_...) at the payment processor';

CREATE TABLE billing.payments (
    id                   bigserial PRIMARY KEY,
    user_id              bigint NOT NULL REFERENCES app.users (id),
    subscription_id      bigint REFERENCES billing.subscriptions (id),
    method               billing.payment_kind NOT NULL,
    amount_cents         integer NOT NULL,
    currency             char(3) NOT NULL REFERENCES billing.currencies (code),
    credits_granted      integer NOT NULL DEFAULT 0,
    processor_charge_id  text,
    status               varchar(16) NOT NULL,
    failure_code         varchar(40),
    ip_address           inet,
    created_at           timestamptz NOT NULL DEFAULT now()
);

COMMENT ON COLUMN billing.payments.processor_charge_id IS 'Charge id (ch_...) at the payment processor';
COMMENT ON COLUMN billing.payments.ip_address IS 'Buyer IP, forwarded to the processor for fraud scoring';

CREATE TABLE billing.invoices (
    id               bigserial PRIMARY KEY,
    payment_id       bigint NOT NULL REFERENCES billing.payments (id),
    invoice_number   varchar(24) NOT NULL UNIQUE,
    billing_email    citext NOT NULL,
    billing_address  text,
    tax_cents        integer NOT NULL DEFAULT 0,
    issued_at        timestamptz NOT NULL DEFAULT now()
);

COMMENT ON COLUMN billing.invoices.billing_address IS 'Formatted postal address block printed on the invoice';

CREATE INDEX payments_user_idx ON billing.payments (user_id, created_at DESC);

GRANT USAGE ON SCHEMA billing TO billing_service;
GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA billing TO billing_service;
