-- Generated (synthetic demo and benchmark) listings are shown as listed without belonging to an organisation.
alter table directory.factories drop constraint factories_check;
alter table directory.factories add constraint factories_owner_check
    check (status = 'UNCLAIMED' or source = 'GENERATED' or organization_id is not null);

-- County-level cities directly under a province (济源 419001, 仙桃 429004) stand where a city would: six digits.
alter table directory.factories alter column city_code type varchar(6);
alter table directory.licence_reviews alter column city_code type varchar(6);
