-- The latest consent choice of each member.
with ranked as (
    select
        user_id,
        marketing_opt_in,
        newsletter_opt_in,
        personalized_ads,
        recorded_at,
        row_number() over (partition by user_id order by recorded_at desc) as recency
    from {{ source('app', 'privacy_consents') }}
)

select
    user_id,
    marketing_opt_in,
    newsletter_opt_in,
    personalized_ads,
    recorded_at as consented_at
from ranked
where recency = 1
