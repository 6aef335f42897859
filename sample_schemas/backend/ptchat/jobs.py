"""Nightly jobs, run by the scheduler as `python -m ptchat.jobs <name>`."""

from __future__ import annotations

import sys
from datetime import date, datetime, timedelta, timezone

from sqlalchemy import extract, select, text
from sqlalchemy.orm import Session

from ptchat.db import SessionLocal
from ptchat.integrations import ga4, mailchimp_audience, sendgrid_mail
from ptchat.models import User

NEWSLETTER_QUERY = text(
    """
    SELECT u.email, u.nickname, u.locale
    FROM app.users AS u
    JOIN app.privacy_consents AS c ON c.user_id = u.id
    WHERE c.newsletter_opt_in AND u.status = 'active' AND u.updated_at >= :since
    """
)

MEMBERS_BY_COUNTRY_QUERY = text(
    "SELECT country_code, count(*) AS members FROM app.users"
    " WHERE status = 'active' AND last_login_at >= :since GROUP BY country_code"
)


def resync_newsletter(session: Session, since: datetime) -> int:
    """Push members who changed since ``since`` and want the newsletter to the audience."""
    rows = session.execute(NEWSLETTER_QUERY, {"since": since}).all()
    for row in rows:
        mailchimp_audience.subscribe(row.email, row.nickname, row.locale)
    return len(rows)


def send_birthday_greetings(session: Session, today: date) -> int:
    """Greet every active member whose birthday is today."""
    query = select(User).where(
        User.status == "active",
        extract("month", User.date_of_birth) == today.month,
        extract("day", User.date_of_birth) == today.day,
    )
    members = session.scalars(query).all()
    for member in members:
        sendgrid_mail.send_birthday_greeting(member, today)
    return len(members)


def report_members_by_country(session: Session, since: datetime) -> int:
    """The daily count of active members per country, for the growth dashboard."""
    rows = session.execute(MEMBERS_BY_COUNTRY_QUERY, {"since": since}).all()
    ga4.send_member_counts(rows)
    return len(rows)


def main(job: str) -> None:
    now = datetime.now(timezone.utc)
    with SessionLocal() as session:
        if job == "newsletter":
            count = resync_newsletter(session, now - timedelta(days=1))
        elif job == "birthdays":
            count = send_birthday_greetings(session, now.date())
        elif job == "country-counts":
            count = report_members_by_country(session, now - timedelta(days=1))
        else:
            raise SystemExit(f"unknown job {job!r}")
    print(f"{job}: {count}")


if __name__ == "__main__":
    main(sys.argv[1])
