with users as (
    select * from {{ ref('stg_users') }}
),

consents as (
    select * from {{ ref('stg_privacy_consents') }}
),

card_payments as (
    select
        user_id,
        sum(amount_cents) as lifetime_value_cents,
        min(paid_at) as first_paid_at
    from {{ ref('stg_payments') }}
    where status = 'succeeded'
    group by user_id
)

select
    users.user_id,
    users.nickname,
    users.email,
    users.locale as language,
    users.country_code,
    users.date_of_birth,
    users.phone_number,
    coalesce(consents.marketing_opt_in, false) as marketing_opt_in,
    coalesce(consents.newsletter_opt_in, false) as newsletter_opt_in,
    coalesce(consents.personalized_ads, false) as personalized_ads,
    coalesce(card_payments.lifetime_value_cents, 0) as lifetime_value_cents,
    card_payments.first_paid_at,
    users.signed_up_at
from users
left join consents on consents.user_id = users.user_id
left join card_payments on card_payments.user_id = users.user_id
where users.status = 'active'
