-- Customer-list audience for the ad platform: members who allowed personalised ads.
select
    md5(lower(trim(email))) as email_md5,
    country_code
from {{ ref('dim_members') }}
where personalized_ads
  and marketing_opt_in
