-- The database users of warehouse-share's consumers on events (aurora-mysql), made by sharec.
-- Each consumer's role may sign in as its own user only, with an IAM authentication token over TLS.
-- Run this as the master user (<master user>), whose password is in the database's secret,
-- from a host that the database's security group lets in, for instance:
--   mysql --host=<DatabaseEndpointEvents> --port=3307 --user=<master user> --password --ssl-mode=VERIFY_IDENTITY --ssl-ca=global-bundle.pem < events-users.sql
-- Running it again changes nothing; a user that existed already signs in by token only from then on.
-- Then grant each user what its tenant may use, for instance:
--   GRANT SELECT ON orders.* TO '<user>'@'%';

-- Account 555566667777, through the role warehouse-share-555566667777-access
CREATE USER IF NOT EXISTS 'consumer_555566667777'@'%' IDENTIFIED WITH AWSAuthenticationPlugin AS 'RDS' REQUIRE SSL;
ALTER USER 'consumer_555566667777'@'%' IDENTIFIED WITH AWSAuthenticationPlugin AS 'RDS' REQUIRE SSL;
