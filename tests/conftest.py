"""Shared test setup: the throwaway PostgreSQL server fixture."""

pytest_plugins = ["tests.postgres_fixture"]
