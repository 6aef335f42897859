with source as (
    select * from {{ source('telemetry', 'ad_attribution') }}
),

renamed as (
    select
        id as attribution_id,
        user_id,
        advertising_id,
        media_source,
        campaign,
        coalesce(utm_source, media_source) as channel,
        installed_at
    from source
)

select * from renamed
