"""The data model, the policy model, inventories and their storage. Imports no scanner."""
