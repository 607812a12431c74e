-- The environment an installation runs in is the operator's choice (PONDOK_ENVIRONMENT), not a
-- setting staff change at run time: general.environment now only shows it (decision 0010).
UPDATE system_config
SET description = 'Which environment this installation runs in: set by PONDOK_ENVIRONMENT (dev or prod), shown here only'
WHERE config_key = 'general.environment';
