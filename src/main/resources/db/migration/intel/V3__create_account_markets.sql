-- Which account posts for which industry and target country, and between which publish days: the competition count
-- of the industry search ("active accounts already there") reads this small table instead of the period's videos.
create table intel.account_markets (
    account_id  uuid        not null references intel.accounts (id),
    industry    varchar(50) not null,
    country     char(2)     not null,
    first_on    date        not null,
    last_on     date        not null,
    primary key (industry, country, account_id)
);
create index account_markets_last_idx on intel.account_markets (industry, last_on);

insert into intel.account_markets (account_id, industry, country, first_on, last_on)
select account_id, industry, country, min(published_on), max(published_on)
from intel.videos group by account_id, industry, country;
