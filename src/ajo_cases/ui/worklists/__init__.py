"""Work lists: follow-ups, referrals and grants."""
