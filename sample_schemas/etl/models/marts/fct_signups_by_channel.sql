with attributed as (
    select
        a.channel,
        a.campaign,
        cast(u.signed_up_at as date) as signup_date,
        u.user_id
    from {{ ref('stg_ad_attribution') }} as a
    inner join {{ ref('stg_users') }} as u on u.user_id = a.user_id
)

select
    signup_date,
    channel,
    campaign,
    count(distinct user_id) as signups
from attributed
group by signup_date, channel, campaign
