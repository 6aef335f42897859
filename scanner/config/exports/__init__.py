"""Export and ETL job definitions read from config: datamap's own format, Airbyte, Meltano."""
