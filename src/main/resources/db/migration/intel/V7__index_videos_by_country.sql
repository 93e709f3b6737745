-- Top videos and top accounts of an industry in one or a few countries (the search's country and region filters):
-- without it the search walked the industry's whole (industry, plays) index filtering on country (1.5 s for a
-- small market over 1,000,000 videos).
create index if not exists videos_industry_country_plays_idx on intel.videos (industry, country, plays desc);

-- The exact slice totals of the search's candidate accounts: one index-only range per account (about 10 ms for a
-- region over 90 days) instead of reading the whole slice.
create index if not exists videos_account_slice_idx on intel.videos (account_id, industry, published_on)
    include (country, plays, likes, comments, shares, saves);
