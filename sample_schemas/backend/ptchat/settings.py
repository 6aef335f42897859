"""Runtime settings, read from the environment (see ../../config/.env.example)."""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    database_url: str
    stripe_secret_key: str
    sendgrid_api_key: str
    mailchimp_api_key: str
    mailchimp_server: str
    mailchimp_list_id: str
    fb_pixel_id: str
    fb_access_token: str
    ga_measurement_id: str
    ga_api_secret: str
    appsflyer_dev_key: str
    appsflyer_app_id: str
    sentry_dsn: str
    redis_url: str
    environment: str


def load_settings() -> Settings:
    env = os.environ
    return Settings(
        database_url=env.get("DATABASE_URL", "postgresql+psycopg://ptchat@localhost/ptchat"),
        stripe_secret_key=env["STRIPE_SECRET_KEY"],
        sendgrid_api_key=env["SENDGRID_API_KEY"],
        mailchimp_api_key=env["MAILCHIMP_API_KEY"],
        mailchimp_server=env.get("MAILCHIMP_SERVER_PREFIX", "us21"),
        mailchimp_list_id=env["MAILCHIMP_LIST_ID"],
        fb_pixel_id=env["FACEBOOK_PIXEL_ID"],
        fb_access_token=env["FACEBOOK_CAPI_ACCESS_TOKEN"],
        ga_measurement_id=env["GA_MEASUREMENT_ID"],
        ga_api_secret=env["GA_API_SECRET"],
        appsflyer_dev_key=env["APPSFLYER_DEV_KEY"],
        appsflyer_app_id=env.get("APPSFLYER_APP_ID", "id1234567890"),
        sentry_dsn=env.get("SENTRY_DSN", ""),
        redis_url=env.get("REDIS_URL", "redis://localhost:6379/0"),
        environment=env.get("PTCHAT_ENV", "development"),
    )


settings = load_settings()
