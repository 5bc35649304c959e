"""The work on a case: its records, plans, referrals, shelter stays, grants, tasks."""
